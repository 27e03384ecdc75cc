using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Bot.Conversations.Understanding.Evaluation;
using AfterSalesBot.InterpreterBench;

InterpreterBenchOptions options;
try
{
    options = InterpreterBenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"interpreter bench: {e.Message}\n\n{InterpreterBenchOptions.Usage}");
    return 2;
}
if (options.ShowHelp)
{
    Console.WriteLine(InterpreterBenchOptions.Usage);
    return 0;
}

var file = options.File ?? Path.Combine(RepoRoot.Find(), "tests", "AfterSalesBot.Tests", "Conversations", "Understanding", "utterances.json");
var catalog = options.Catalog ?? Path.Combine(RepoRoot.Find(), "knowledge", "demo", "catalog.json");
var set = LabelledUtteranceFile.Load(file);
var products = CatalogProductNames.Load(catalog);
Console.WriteLine($"labelled set: {set.Source} ({set.Utterances.Count} utterances, now {set.Now:O} in {set.TimeZone.Id})");
Console.WriteLine();

// Each interpreter is one column; an LLM-backed one joins this list when it exists.
var interpreters = new (string Name, IUtteranceInterpreter Interpreter)[] { ("rule-based", new RuleBasedInterpreter()) };
var reports = interpreters.Select(i => InterpreterEvaluation.Run(i.Name, i.Interpreter, set, products)).ToList();
ReportTable.Write(reports, Console.Out);

if (options.ShowMisses)
{
    foreach (var report in reports)
    {
        Console.WriteLine();
        Console.WriteLine($"{report.Interpreter}: {report.Misses.Count} utterances with a miss");
        foreach (var miss in report.Misses)
            Console.WriteLine($"  {miss}");
    }
}
return 0;
