namespace AfterSalesBot.InterpreterBench;

/// <summary>Command line: <c>[--file &lt;labelled set&gt;] [--dates &lt;date set&gt;] [--catalog &lt;catalog.json&gt;] [--misses]</c>.</summary>
internal sealed record InterpreterBenchOptions(string? File, string? Catalog, bool ShowMisses, bool ShowHelp, bool Replay = false, string? Recordings = null,
    string? Record = null, string? DateFile = null, int Passes = 20, bool TimingOnly = false, bool Turns = false, bool Breakdown = false,
    string? RecordReadings = null, string? CompareReadings = null, string? Scenarios = null)
{
    public const string Usage = """
        usage: dotnet run --project bench/AfterSalesBot.InterpreterBench [-- [--file <path>] [--dates <path>] [--catalog <path>] [--misses] [--replay] [--recordings <file>] [--record <file>] [--passes <n>] [--timing-only] [--turns] [--breakdown] [--scenarios <folder>]
                                                                     [--record-readings <file>] [--compare-readings <file>]]
          --file     the labelled set (default: tests/AfterSalesBot.Tests/Conversations/Understanding/utterances.json)
          --dates    the labelled date set (default: tests/AfterSalesBot.Tests/Conversations/Understanding/dates.json)
          --catalog  the product catalogue whose names the interpreter knows (default: knowledge/demo/catalog.json)
          --misses   list every utterance with a wrong intent or fact
          --replay [--recordings <file>]  the model column replays recorded readings (text -> reading JSON) on loopback even when
                     a model is configured; without recordings every reading is empty. Replayed figures are not a model's.
          --record <file>  with a real endpoint configured, also write the model's readings of the set to <file>
                     (text -> reading JSON), for a later --replay --recordings <file>.
          --passes <n>  timed passes over the set for the warm cost per utterance (default 20, after 3 warm-up passes)
          --timing-only only the warm cost per utterance of the rule-based interpreter (for a profiler)
          --turns    only the warm cost per turn on every customer message of the conversation bench's scenarios (story
                     lines, answers, interjections: the realistic mix of turns), overall, by language and by whether the
                     message reaches the date package; then the labelled set's, as --timing-only
          --breakdown  with --turns: where the time goes, recogniser by recogniser (a Stopwatch profile), turns and labelled set
          --scenarios <folder>  the scenarios for --turns and the readings (default: bench/AfterSalesBot.ConversationBench/Scenarios)
          --record-readings <file>  write the interpreter's whole reading of every scenario message and labelled utterance
                     (one JSON line each) and stop
          --compare-readings <file>  read them again and compare with <file> byte for byte; exit code 1 on any difference
        Then dates alone on both sets: our rules, Microsoft.Recognizers.Text (the package) and the two merged, side by side.
        The second column is the rules merged with the model configured in the environment (ASB_Language__Provider, …), or a replay.
        """;

    public static InterpreterBenchOptions Parse(string[] args)
    {
        string? file = null, catalog = null;
        bool misses = false, help = false, replay = false;
        string? recordings = null, record = null, dates = null;
        var passes = 20;
        var timingOnly = false;
        var turns = false;
        var breakdown = false;
        string? recordReadings = null, compareReadings = null, scenarios = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--file": file = Value(args, ref i); break;
                case "--catalog": catalog = Value(args, ref i); break;
                case "--dates": dates = Value(args, ref i); break;
                case "--misses": misses = true; break;
                case "--replay": replay = true; break;
                case "--recordings": recordings = Value(args, ref i); break;
                case "--record": record = Value(args, ref i); break;
                case "--passes": passes = int.Parse(Value(args, ref i), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--timing-only": timingOnly = true; break;
                case "--turns": turns = true; break;
                case "--breakdown": breakdown = true; break;
                case "--scenarios": scenarios = Value(args, ref i); break;
                case "--record-readings": recordReadings = Value(args, ref i); break;
                case "--compare-readings": compareReadings = Value(args, ref i); break;
                case "--help" or "-h": help = true; break;
                default: throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }
        if (record is not null && replay) throw new ArgumentException("--record needs a real endpoint, not --replay");
        if (passes < 1) throw new ArgumentException("--passes needs at least 1");
        return new InterpreterBenchOptions(file, catalog, misses, help, replay, recordings, record, dates, passes, timingOnly, turns, breakdown,
            recordReadings, compareReadings, scenarios);
    }

    private static string Value(string[] args, ref int i) =>
        ++i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");
}
