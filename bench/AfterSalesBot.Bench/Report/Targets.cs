using AfterSalesBot.Bench.Load;
using AfterSalesBot.Bench.Options;
using AfterSalesBot.Bench.Server;

namespace AfterSalesBot.Bench.Report;

/// <summary>The targets, judged only when this run's parameters actually measure them.</summary>
public static class Targets
{
    private const double MinTurnsPerSecond = 1_000;
    private const int LatencyRate = 500;
    private const double MaxP99Ms = 50;
    private const int OpenConversations = 1_000;
    private const double MaxOpenMb = 300;

    public static IReadOnlyList<TargetCheck> Check(
        BenchOptions options, PhaseResult throughput, PhaseResult latency, PhaseResult memory, MemorySample? whileOpen) =>
    [
        Throughput(options, throughput),
        Latency(options, latency),
        Memory(options, memory, whileOpen),
    ];

    private static TargetCheck Throughput(BenchOptions options, PhaseResult phase)
    {
        var measured = $"{phase.TurnsPerSecond:0} turns/s with {phase.Conversations} conversations";
        return new("at least 1,000 turns/s", measured,
            options.Quick ? Verdict.NotMeasured : phase.TurnsPerSecond >= MinTurnsPerSecond ? Verdict.Pass : Verdict.Fail);
    }

    private static TargetCheck Latency(BenchOptions options, PhaseResult phase)
    {
        const string target = "p99 under 50 ms at 500 turns/s";
        if (options.Rate != LatencyRate || options.Quick)
            return new(target, $"run at {options.Rate} turns/s, not {LatencyRate}", Verdict.NotMeasured);
        var measured = $"p99 {Format.Ms(phase.Latency.P99Ms)} ms at {phase.TurnsPerSecond:0} turns/s achieved";
        var kept = phase.TurnsPerSecond >= 0.95 * LatencyRate && phase.Failed == 0;
        return new(target, measured, kept && phase.Latency.P99Ms < MaxP99Ms ? Verdict.Pass : Verdict.Fail);
    }

    private static TargetCheck Memory(BenchOptions options, PhaseResult phase, MemorySample? sample)
    {
        const string target = "1,000 open conversations under 300 MB";
        if (options.Open < OpenConversations || options.Quick)
            return new(target, $"opened {options.Open}, not {OpenConversations}", Verdict.NotMeasured);
        if (sample is null)
            return new(target, "server memory not readable (--url without --pid)", Verdict.NotMeasured);
        var mb = Math.Max(sample.WorkingSetMb, sample.RssMb ?? 0);
        var measured = $"{mb:0.0} MB with {phase.Succeeded} of {phase.Attempted} opened";
        return new(target, measured, phase.Succeeded >= OpenConversations && mb < MaxOpenMb ? Verdict.Pass : Verdict.Fail);
    }
}
