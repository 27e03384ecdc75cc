using AfterSalesBot.Bench.Report;

namespace AfterSalesBot.Bench.Long;

/// <summary>The long-conversation run's table: one row per path and band of turn numbers.</summary>
public static class BandReport
{
    public static void Write(IReadOnlyList<BandResult> bands, int conversations, TextWriter output)
    {
        output.WriteLine($"Long conversations: {conversations} per path, taken together through each band of turn numbers");
        output.WriteLine();
        output.WriteLine("| path | turns | ok | failed | turns/s | p50 ms | p99 ms | host CPU ms / turn | KB allocated / turn |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var b in bands)
        {
            var p = b.Phase;
            output.WriteLine($"| {b.Path} | {b.Band} | {p.Succeeded} | {p.Failed} | {Format.Rate(p.TurnsPerSecond)} | {Format.Ms(p.Latency.P50Ms)} | " +
                             $"{Format.Ms(p.Latency.P99Ms)} | {Cpu(b.CpuMsPerTurn)} | {Format.Mb(b.KbPerTurn)} |");
        }
    }

    private static string Cpu(double? ms) => ms is { } v ? v.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "-";
}
