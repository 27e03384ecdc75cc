namespace AfterSalesBot.Bench.Load;

/// <summary>Turn latency, post to reply visible, in milliseconds; null when no turn succeeded.</summary>
public sealed record LatencySummary(int Count, double? P50Ms, double? P95Ms, double? P99Ms, double? MaxMs, double? MeanMs)
{
    public static LatencySummary Empty { get; } = new(0, null, null, null, null, null);
}
