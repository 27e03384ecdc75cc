namespace AfterSalesBot.ConversationBench.Options;

public static class OptionsParser
{
    public const string Usage = """
        Replays the customer scenarios through the real host over Direct Line and scores their outcomes.

          --scenarios DIR   folder holding the set folders (default: bench/AfterSalesBot.ConversationBench/Scenarios)
          --set S           dev | holdout | fresh | fresh-holdout | round3[-holdout] | round4[-holdout] | round5[-holdout] | round6[-holdout] | round7[-holdout] | round8[-holdout] | round9[-holdout] | round10[-holdout] | round11[-holdout] | round12[-holdout] | round13[-holdout] | round14[-holdout] | round15[-holdout] | round16[-holdout] | round17[-holdout] | round18[-holdout] | round19[-holdout] | round20[-holdout] | round21[-holdout] | round22[-holdout] | round23[-holdout] | round24[-holdout] | round25[-holdout] | round26[-holdout] | round27[-holdout] | round28[-holdout] | round29[-holdout] | round30[-holdout] | round31[-holdout] | round32[-holdout] | round33[-holdout] | round34[-holdout] | round35[-holdout] | round36[-holdout] | round37[-holdout] | round38[-holdout] | round39[-holdout] | all (default dev; all = dev and holdout)
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

    /// <summary>The known sets: the folders below Scenarios, and <c>all</c> for dev and holdout together.</summary>
    public static readonly string[] Sets = ["dev", "holdout", "fresh", "fresh-holdout", "round3", "round3-holdout", "round4", "round4-holdout", "round5", "round5-holdout", "round6", "round6-holdout", "round7", "round7-holdout", "round8", "round8-holdout", "round9", "round9-holdout", "round10", "round10-holdout", "round11", "round11-holdout", "round12", "round12-holdout", "round13", "round13-holdout", "round14", "round14-holdout", "round15", "round15-holdout", "round16", "round16-holdout", "round17", "round17-holdout", "round18", "round18-holdout", "round19", "round19-holdout", "round20", "round20-holdout", "round21", "round21-holdout", "round22", "round22-holdout", "round23", "round23-holdout", "round24", "round24-holdout", "round25", "round25-holdout", "round26", "round26-holdout", "round27", "round27-holdout", "round28", "round28-holdout", "round29", "round29-holdout", "round30", "round30-holdout", "round31", "round31-holdout", "round32", "round32-holdout", "round33", "round33-holdout", "round34", "round34-holdout", "round35", "round35-holdout", "round36", "round36-holdout", "round37", "round37-holdout", "round38", "round38-holdout", "round39", "round39-holdout", "all"];

    private static string Set(string value) =>
        Sets.Contains(value) ? value : throw new ArgumentException($"--set takes {string.Join(", ", Sets)}, not {value}");

    private static int Positive(string value) =>
        int.TryParse(value, out var n) && n > 0 ? n : throw new ArgumentException($"--parallel takes a positive number, not {value}");
}
