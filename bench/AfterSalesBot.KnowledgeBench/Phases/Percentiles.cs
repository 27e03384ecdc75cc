using System.Diagnostics;

namespace AfterSalesBot.KnowledgeBench.Phases;

/// <summary>Nearest-rank percentiles of Stopwatch tick samples, in microseconds.</summary>
public static class Percentiles
{
    public static double Micros(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency;

    /// <param name="sorted">Ascending, non-empty.</param>
    public static double At(long[] sorted, int count, double percentile)
    {
        var rank = (int)Math.Ceiling(percentile / 100 * count);
        return Micros(sorted[Math.Clamp(rank - 1, 0, count - 1)]);
    }
}
