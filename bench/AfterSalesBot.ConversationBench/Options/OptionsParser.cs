namespace AfterSalesBot.ConversationBench.Options;

public static class OptionsParser
{
    public const string Usage = """
        Replays the customer scenarios through the real host over Direct Line and scores their outcomes.

          --scenarios DIR   folder holding the set folders (default: bench/AfterSalesBot.ConversationBench/Scenarios)
          --set S           dev | holdout | fresh | fresh-holdout | roundN[-holdout] (a stranger round, N from 3) | all (default dev; all = dev and holdout)
          --filter TEXT     only scenario files whose path contains TEXT
          --casual          type every customer message in lower case without punctuation or apostrophes
          --parallel N      conversations at once (default 4)
          --verbose         print every transcript
          --json FILE       also write the report as JSON
          --server PATH     the host's AfterSalesBot.Bot.dll (default: src/Bot/bin/Release/net10.0)
        """;

    /// <exception cref="ArgumentException">A flag is unknown or its value is missing or wrong.</exception>
    public static ConversationBenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ConversationBenchOptions(null, "dev", null, 4, false, null, null, false);
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--scenarios" => options with { ScenariosFolder = Value() },
                "--set" => options with { Set = Set(Value()) },
                "--filter" => options with { Filter = Value() },
                "--parallel" => options with { Parallel = Positive(Value()) },
                "--verbose" => options with { Verbose = true },
                "--casual" => options with { Typing = Customer.Typing.Casual },
                "--json" => options with { JsonPath = Value() },
                "--server" => options with { ServerPath = Value() },
                "--help" or "-h" => options with { ShowHelp = true },
                var unknown => throw new ArgumentException($"unknown flag {unknown}"),
            };
        }

        return options;
    }

    /// <summary>The named sets; besides them, every stranger round <c>roundN</c> and its <c>roundN-holdout</c>
    /// (N from 3), and <c>all</c> for dev and holdout together.</summary>
    public static readonly string[] NamedSets = ["dev", "holdout", "fresh", "fresh-holdout", "all"];

    private static string Set(string value) =>
        NamedSets.Contains(value) || IsRound(value)
            ? value
            : throw new ArgumentException($"--set takes {string.Join(", ", NamedSets)} or roundN[-holdout], not {value}");

    private static bool IsRound(string value)
    {
        var name = value.EndsWith("-holdout", StringComparison.Ordinal) ? value[..^"-holdout".Length] : value;
        return name.StartsWith("round", StringComparison.Ordinal)
            && int.TryParse(name["round".Length..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            && n >= 3;
    }

    private static int Positive(string value) =>
        int.TryParse(value, out var n) && n > 0 ? n : throw new ArgumentException($"--parallel takes a positive number, not {value}");
}
