using System.Globalization;

namespace AfterSalesBot.KnowledgeBench;

/// <summary>Every bound of a run. The defaults are the sizes; <c>--quick</c> is a smoke run of seconds.</summary>
public sealed record KnowledgeBenchOptions
{
    public int Articles { get; init; } = 10_000;
    public int Queries { get; init; } = 20_000;
    public double SearchSeconds { get; init; } = 15;
    public double WarmUpSeconds { get; init; } = 2;
    public int Purchases { get; init; } = 100_000;
    public int Repairs { get; init; } = 300_000;
    public int Lookups { get; init; } = 2_000_000;
    public double LookupSeconds { get; init; } = 5;
    public int Seed { get; init; } = 20261122;
    public bool Quick { get; init; }
    public string? JsonPath { get; init; }
    public bool ShowHelp { get; init; }

    public const string Usage = """
        usage: dotnet run -c Release --project bench/AfterSalesBot.KnowledgeBench -- [flags]
          --articles N      articles in the index, labelled set plus synthetic (default 10000)
          --queries N       timed searches at most (default 20000)
          --purchases N     purchase records held in memory (default 100000)
          --repairs N       repair records held in memory (default 300000)
          --lookups N       lookups per kind at most (default 2000000)
          --seed N          synthetic data seed (default 20261122)
          --quick           1000 articles, 2000 queries, 10000 purchases, 30000 repairs, 200000 lookups
          --json FILE       also write the results as JSON
        """;

    public static KnowledgeBenchOptions Parse(string[] args)
    {
        var o = new KnowledgeBenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            o = args[i] switch
            {
                "--quick" => o with
                {
                    Quick = true, Articles = 1_000, Queries = 2_000, SearchSeconds = 3, WarmUpSeconds = 0.5, Purchases = 10_000, Repairs = 30_000,
                    Lookups = 200_000, LookupSeconds = 1,
                },
                "--articles" => o with { Articles = Int(args, ++i) },
                "--queries" => o with { Queries = Int(args, ++i) },
                "--purchases" => o with { Purchases = Int(args, ++i) },
                "--repairs" => o with { Repairs = Int(args, ++i) },
                "--lookups" => o with { Lookups = Int(args, ++i) },
                "--seed" => o with { Seed = Int(args, ++i) },
                "--json" => o with { JsonPath = Value(args, ++i) },
                "--help" or "-h" => o with { ShowHelp = true },
                var other => throw new ArgumentException($"unknown flag {other}"),
            };
        }

        return o;
    }

    private static string Value(string[] args, int i) =>
        i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");

    private static int Int(string[] args, int i) =>
        int.TryParse(Value(args, i), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{args[i - 1]} needs a positive whole number");
}
