using AfterSalesBot.KnowledgeBench;
using AfterSalesBot.KnowledgeBench.Corpus;
using AfterSalesBot.KnowledgeBench.Phases;
using AfterSalesBot.KnowledgeBench.Report;

KnowledgeBenchOptions options;
try
{
    options = KnowledgeBenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"knowledge bench: {e.Message}\n\n{KnowledgeBenchOptions.Usage}");
    return 2;
}

if (options.ShowHelp)
{
    Console.WriteLine(KnowledgeBenchOptions.Usage);
    return 0;
}

var set = LabelledSet.Load(RepoRoot.Find());
Console.Error.WriteLine($"knowledge bench: labelled set from {set.Source}");
var report = new KnowledgeBenchReport { Options = options };
var index = SearchPhase.Run(options, set, report, Console.Error);
RecallPhase.Run(set, index, report);
var store = RecordsPhase.Run(options, set, report, Console.Error);
CoveragePhase.Run(options, store, report);
report.Add("Process", "working set", Memory.WorkingSetMb(), "MB", "index and records still held");
report.Add("Process", "managed heap", Memory.ManagedMb(), "MB");
GC.KeepAlive(index);
GC.KeepAlive(store);

ReportWriter.Write(report, Console.Out);
if (options.JsonPath is { } path)
    ReportJson.Write(report, path);
return 0;
