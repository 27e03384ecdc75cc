namespace AfterSalesBot.InterpreterBench;

/// <summary>Command line: <c>[--file &lt;labelled set&gt;] [--catalog &lt;catalog.json&gt;] [--misses]</c>.</summary>
internal sealed record InterpreterBenchOptions(string? File, string? Catalog, bool ShowMisses, bool ShowHelp)
{
    public const string Usage = """
        usage: dotnet run --project bench/AfterSalesBot.InterpreterBench [-- [--file <path>] [--catalog <path>] [--misses]]
          --file     the labelled set (default: tests/AfterSalesBot.Tests/Conversations/Understanding/utterances.json)
          --catalog  the product catalogue whose names the interpreter knows (default: knowledge/demo/catalog.json)
          --misses   list every utterance with a wrong intent or fact
        """;

    public static InterpreterBenchOptions Parse(string[] args)
    {
        string? file = null, catalog = null;
        bool misses = false, help = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--file": file = Value(args, ref i); break;
                case "--catalog": catalog = Value(args, ref i); break;
                case "--misses": misses = true; break;
                case "--help" or "-h": help = true; break;
                default: throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }
        return new InterpreterBenchOptions(file, catalog, misses, help);
    }

    private static string Value(string[] args, ref int i) =>
        ++i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");
}
