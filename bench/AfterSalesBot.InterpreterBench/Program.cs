using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Bot.Conversations.Understanding.Evaluation;
using AfterSalesBot.Bot.Conversations.Understanding.Recognisers;
using AfterSalesBot.InterpreterBench;
using EvaluationReport = AfterSalesBot.Bot.Conversations.Understanding.Evaluation.EvaluationReport;

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
var scenarios = options.Scenarios ?? Path.Combine(RepoRoot.Find(), "bench", "AfterSalesBot.ConversationBench", "Scenarios");
if (options.RecordReadings is not null || options.CompareReadings is not null)
{
    var messages = TurnMessages.Load(scenarios, set.Now, products).Select(m => ("turns", m))
        .Concat(InterpreterTiming.Labelled(set, products).Select(m => ("labelled", m)));
    var lines = ReadingsFile.Read(new RuleBasedInterpreter(), messages);
    if (options.RecordReadings is not null)
    {
        ReadingsFile.Save(options.RecordReadings, lines);
        Console.WriteLine($"recorded {lines.Count} readings to {options.RecordReadings}");
        return 0;
    }
    var differences = ReadingsFile.Compare(options.CompareReadings!, lines);
    foreach (var (line, recorded, now) in differences.Take(20))
        Console.WriteLine($"line {line}\n  recorded: {recorded}\n  now:      {now}");
    Console.WriteLine($"compared {lines.Count} readings with {options.CompareReadings}: {differences.Count} differ");
    return differences.Count == 0 ? 0 : 1;
}
if (options.Turns)
{
    var turns = TurnMessages.Load(scenarios, set.Now, products);
    Console.WriteLine($"turns: every customer message of {scenarios}");
    if (options.Breakdown)
    {
        RecogniserBreakdown.Write(turns, options.Passes, Console.Out);
        Console.WriteLine("labelled set:");
        RecogniserBreakdown.Write(InterpreterTiming.Labelled(set, products), options.Passes, Console.Out);
        return 0;
    }
    InterpreterTiming.Write("rule-based warm, per turn", new RuleBasedInterpreter(), turns, 3, options.Passes, Console.Out, byLanguage: true);
    Console.WriteLine();
    InterpreterTiming.Write("rule-based", new RuleBasedInterpreter(), set, products, 3, options.Passes, Console.Out);
    return 0;
}
if (options.TimingOnly)
{
    InterpreterTiming.Write("rule-based", new RuleBasedInterpreter(), set, products, 3, options.Passes, Console.Out);
    return 0;
}

// Two columns: the rules alone, and the rules merged with a model: the endpoint configured in the environment
// (ASB_Language__Provider…), else a loopback replay of recorded readings, which measures the plumbing, not a model.
var reports = new List<EvaluationReport> { InterpreterEvaluation.Run("rule-based", new RuleBasedInterpreter(), set, products) };
var live = ModelColumn.ConfiguredProvider() != AfterSalesBot.Bot.Language.LanguageProvider.None && !options.Replay;
if (options.Record is not null && !live)
{
    Console.Error.WriteLine("interpreter bench: --record needs a model endpoint configured (ASB_Language__Provider, README: Optional language model)");
    return 2;
}
var recorder = options.Record is null ? null : new ReadingRecorder();
await using (var replay = live ? null : await ReplayServer.StartAsync(options.Recordings))
using (var model = ModelColumn.Create(replay?.BaseUrl, recorder))
{
    var name = live ? $"rules+{model.Options.Provider} {model.Options.ModelName}" : "rules+replay";
    reports.Add(InterpreterEvaluation.Run(name, model, set, products));
    ReportTable.Write(reports, Console.Out);
    Console.WriteLine();
    InterpreterTiming.Write("rule-based", new RuleBasedInterpreter(), set, products, 3, options.Passes, Console.Out);
    Console.WriteLine();
    Console.WriteLine(live
        ? $"model column: {model.Options.Provider} {model.Options.ModelName}, {model.Tokens} tokens, budget {model.Options.TurnBudget.TotalSeconds:0.##} s per utterance"
        : $"model column: REPLAYED, not a model ({replay!.Replayed} of {set.Utterances.Count} readings from {options.Recordings ?? "no recordings"}, the rest empty);"
          + " configure ASB_Language__Provider (README, Optional language model) for a model's figures");
    if (recorder is not null)
    {
        recorder.Save(options.Record!);
        Console.WriteLine($"recorded {recorder.Count} readings to {options.Record}; replay them with --replay --recordings {options.Record}");
    }
}

Console.WriteLine();
DateTable.Write(Path.GetFileName(file), DateRecogniserEvaluation.From(set), Console.Out, options.ShowMisses);
var dateSet = options.DateFile ?? Path.Combine(RepoRoot.Find(), "tests", "AfterSalesBot.Tests", "Conversations", "Understanding", "dates.json");
Console.WriteLine();
DateTable.Write(Path.GetFileName(dateSet), DateRecogniserEvaluation.Load(dateSet), Console.Out, options.ShowMisses);

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
