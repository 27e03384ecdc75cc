using System.Diagnostics;
using System.Globalization;

namespace AfterSalesBot.DeskBench;

/// <summary>Elapsed times of one kind of operation, summarised as rate and percentiles.</summary>
internal sealed class Latencies(string name)
{
    private readonly List<double> _ms = [];

    public string Name { get; } = name;

    public async Task<T> TimeAsync<T>(Func<Task<T>> operation)
    {
        var start = Stopwatch.GetTimestamp();
        var result = await operation();
        _ms.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        return result;
    }

    public string Row(TimeSpan wall)
    {
        var sorted = _ms.Order().ToArray();
        double P(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return string.Create(CultureInfo.InvariantCulture,
            $"| {Name} | {sorted.Length:N0} | {sorted.Length / wall.TotalSeconds:N0}/s | {P(0.50):N2} ms | {P(0.99):N2} ms |");
    }
}
