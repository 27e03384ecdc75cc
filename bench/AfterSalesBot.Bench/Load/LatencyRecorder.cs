using System.Diagnostics;

namespace AfterSalesBot.Bench.Load;

/// <summary>
/// Keeps every latency of a phase (a phase is bounded in turns, so this is bounded too)
/// and gives exact percentiles, not bucket estimates.
/// </summary>
public sealed class LatencyRecorder(int capacity)
{
    private readonly long[] _ticks = new long[capacity];
    private int _count;

    public void Record(long stopwatchTicks)
    {
        var index = Interlocked.Increment(ref _count) - 1;
        if (index < _ticks.Length)
            _ticks[index] = stopwatchTicks;
    }

    public LatencySummary Summarize()
    {
        var n = Math.Min(Volatile.Read(ref _count), _ticks.Length);
        if (n == 0)
            return LatencySummary.Empty;
        var sorted = _ticks.AsSpan(0, n).ToArray();
        Array.Sort(sorted);
        return new LatencySummary(
            Count: n,
            P50Ms: Ms(At(sorted, 50)),
            P95Ms: Ms(At(sorted, 95)),
            P99Ms: Ms(At(sorted, 99)),
            MaxMs: Ms(sorted[^1]),
            MeanMs: Ms((long)sorted.Average()));
    }

    /// <summary>Nearest-rank percentile: the smallest value with at least p% of the samples at or below it.</summary>
    private static long At(long[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
