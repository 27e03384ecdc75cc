using System.Collections.Concurrent;
using System.Diagnostics;

namespace AfterSalesBot.Bot.Data;

/// <summary>
/// Where the group writer's time goes (ADR 0046), for profiling only: off unless this category logs at Information
/// (<c>Logging__LogLevel__AfterSalesBot.Bot.Data.GroupCommitTiming=Information</c>). Per kind of work (the method that
/// queued the write) how long a write waited in the queue and until its commit, how long its statements ran inside the
/// group's transaction, and per group its save and commit; summed over <see cref="Every"/> and logged then.
/// </summary>
public sealed partial class GroupCommitTiming(ILogger<GroupCommitTiming> logger)
{
    /// <summary>How often the figures are logged (and started again).</summary>
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, Histogram> _figures = new(StringComparer.Ordinal);
    private long _since = Stopwatch.GetTimestamp();

    /// <summary>Whether anything is recorded: when false the writer takes no time stamps.</summary>
    public bool Enabled => logger.IsEnabled(LogLevel.Information);

    /// <summary>Adds one duration, from <paramref name="start"/> until now, to what <paramref name="what"/> has taken.</summary>
    public void Record(string what, long start) =>
        _figures.GetOrAdd(what, _ => new Histogram()).Add(Stopwatch.GetElapsedTime(start));

    /// <summary>Logs and starts again when <see cref="Every"/> has passed; called by the writer after each group.</summary>
    public void ReportIfDue()
    {
        var since = Interlocked.Read(ref _since);
        if (Stopwatch.GetElapsedTime(since) < Every || Interlocked.CompareExchange(ref _since, Stopwatch.GetTimestamp(), since) != since) return;
        foreach (var (what, histogram) in _figures.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var (count, total, p50, p99, max) = histogram.TakeAndReset();
            if (count > 0) LogFigures(logger, what, count, total, total / count, p50, p99, max);
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "{What}: {Count} times, {TotalMs:F0} ms in all, mean {MeanMs:F2} ms, p50 ≤ {P50Ms:F2} ms, p99 ≤ {P99Ms:F2} ms, max {MaxMs:F2} ms")]
    private static partial void LogFigures(ILogger logger, string what, long count, double totalMs, double meanMs, double p50Ms, double p99Ms, double maxMs);
}
