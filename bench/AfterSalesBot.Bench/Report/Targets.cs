using AfterSalesBot.Bench.Load;
using AfterSalesBot.Bench.Options;
using AfterSalesBot.Bench.Server;

namespace AfterSalesBot.Bench.Report;

/// <summary>The performance issue's targets (issue 14), judged only when this run's parameters actually measure them.</summary>
public static class Targets
{
    private const double MinTurnsPerSecond = 3_000;
    private const int LatencyRate = 1_000;
    private const double MaxDirectLineP99Ms = 30;
    private const double MaxChannelP99Ms = 50;
    private const int OpenConversations = 10_000;
    private const double MaxKbPerConversation = 100;

    public static IReadOnlyList<TargetCheck> Check(
        BenchOptions options, PhaseResult throughput, PhaseResult latency, PhaseResult memory, MemorySample? idle, MemorySample? whileOpen,
        PhaseResult channelThroughput, PhaseResult channelLatency) =>
    [
        Throughput(options, "Direct Line", throughput),
        Latency(options, "Direct Line", latency, MaxDirectLineP99Ms),
        Throughput(options, "/api/messages", channelThroughput),
        Latency(options, "/api/messages", channelLatency, MaxChannelP99Ms),
        Memory(options, memory, idle, whileOpen),
    ];

    private static TargetCheck Throughput(BenchOptions options, string path, PhaseResult phase)
    {
        var measured = $"{phase.TurnsPerSecond:0} turns/s with {phase.Conversations} conversations";
        return new($"{path}: at least 3,000 turns/s (closed loop)", measured,
            options.Quick ? Verdict.NotMeasured : phase.TurnsPerSecond >= MinTurnsPerSecond && phase.Failed == 0 ? Verdict.Pass : Verdict.Fail);
    }

    private static TargetCheck Latency(BenchOptions options, string path, PhaseResult phase, double maxP99Ms)
    {
        var target = $"{path}: p99 under {maxP99Ms:0} ms at {LatencyRate:N0} turns/s";
        if (options.Rate != LatencyRate || options.Quick)
            return new(target, $"run at {options.Rate} turns/s, not {LatencyRate}", Verdict.NotMeasured);
        var measured = $"p99 {Format.Ms(phase.Latency.P99Ms)} ms at {phase.TurnsPerSecond:0} turns/s achieved";
        var kept = phase.TurnsPerSecond >= 0.95 * LatencyRate && phase.Failed == 0;
        return new(target, measured, kept && phase.Latency.P99Ms < maxP99Ms ? Verdict.Pass : Verdict.Fail);
    }

    private static TargetCheck Memory(BenchOptions options, PhaseResult phase, MemorySample? idle, MemorySample? sample)
    {
        const string target = "10,000 open conversations, under 100 KB each above idle";
        if (options.Open < OpenConversations || options.Quick)
            return new(target, $"opened {options.Open}, not {OpenConversations}", Verdict.NotMeasured);
        if (sample is null || idle is null)
            return new(target, "server memory not readable (--url without --pid)", Verdict.NotMeasured);
        var mb = Math.Max(sample.WorkingSetMb, sample.RssMb ?? 0) - Math.Max(idle.WorkingSetMb, idle.RssMb ?? 0);
        var kbEach = phase.Succeeded > 0 ? mb * 1024 / phase.Succeeded : double.PositiveInfinity;
        var measured = $"{kbEach:0.0} KB each ({mb:0.0} MB above idle) with {phase.Succeeded} of {phase.Attempted} opened";
        return new(target, measured, phase.Succeeded >= OpenConversations && kbEach < MaxKbPerConversation ? Verdict.Pass : Verdict.Fail);
    }
}
