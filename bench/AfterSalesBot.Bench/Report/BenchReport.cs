using AfterSalesBot.Bench.Load;
using AfterSalesBot.Bench.Server;

namespace AfterSalesBot.Bench.Report;

/// <summary>Everything one run measured; printed as a table and optionally written as JSON.</summary>
public sealed record BenchReport(
    MachineFacts Machine,
    BenchParameters Parameters,
    IReadOnlyList<PhaseResult> Phases,
    IReadOnlyList<MemorySample> ServerMemory,
    double? StorageMb,
    double? ThroughputRatio,
    double? P99Ratio,
    IReadOnlyList<TargetCheck> Targets,
    long Turns,
    long FailedTurns)
{
    /// <summary>More than this share of failed turns makes the run fail (exit code 1).</summary>
    public const double MaxFailedPercent = 1.0;

    public double FailedPercent => Turns == 0 ? 0 : 100.0 * FailedTurns / Turns;

    public bool TooManyFailures => Turns == 0 || FailedPercent > MaxFailedPercent;
}
