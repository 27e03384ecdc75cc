using System.Runtime;
using System.Runtime.InteropServices;

namespace AfterSalesBot.KnowledgeBench.Report;

public sealed class KnowledgeBenchReport
{
    public string Machine { get; } =
        $"{Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, " +
        $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC";

    public required KnowledgeBenchOptions Options { get; init; }

    /// <summary>Where the labelled queries came from: the demo set or the tests' fixture set.</summary>
    public string? LabelledSet { get; set; }

    public List<BenchRow> Rows { get; } = [];

    /// <summary>Recall misses, one line each, for diagnosing the labelled set.</summary>
    public List<string> Misses { get; } = [];

    public void Add(string section, string metric, double? value, string unit, string? note = null) =>
        Rows.Add(new BenchRow(section, metric, value, unit, note));
}
