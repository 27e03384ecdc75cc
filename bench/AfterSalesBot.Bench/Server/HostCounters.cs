using System.Globalization;

namespace AfterSalesBot.Bench.Server;

/// <summary>
/// The host's cumulative CPU time (<c>/proc/&lt;pid&gt;/stat</c>: user + system) and bytes allocated (the runtime's
/// <c>dotnet.gc.heap.total_allocated</c> on the host's Prometheus endpoint, <c>Telemetry__Prometheus=true</c>). Either is
/// null when it cannot be read: no pid, not Linux, or no <c>/metrics</c>.
/// </summary>
public sealed class HostCounters(int? pid, Uri baseUrl)
{
    /// <summary>Linux's USER_HZ: <c>/proc</c> counts CPU time in hundredths of a second.</summary>
    private const double TicksPerSecond = 100;

    private const string AllocatedMetric = "dotnet_gc_heap_total_allocated_bytes_total";

    public async Task<HostReading> ReadAsync(HttpClient http, CancellationToken ct) =>
        new(CpuSeconds(), await AllocatedBytesAsync(http, ct));

    private double? CpuSeconds()
    {
        var path = $"/proc/{pid}/stat";
        if (pid is null || !File.Exists(path)) return null;
        var stat = File.ReadAllText(path);
        // Fields after the command name, which may hold spaces and ends at the last ')': state is field 3, utime 14, stime 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }

    private async Task<double?> AllocatedBytesAsync(HttpClient http, CancellationToken ct)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(baseUrl, "metrics"), ct);
            if (!response.IsSuccessStatusCode) return null;
            foreach (var line in (await response.Content.ReadAsStringAsync(ct)).Split('\n'))
            {
                if (!line.StartsWith(AllocatedMetric, StringComparison.Ordinal)) continue;
                // name{labels} value [timestamp]
                var afterLabels = line.IndexOf('}', StringComparison.Ordinal) is var brace and >= 0 ? line[(brace + 1)..] : line[AllocatedMetric.Length..];
                var value = afterLabels.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var bytes)) return bytes;
            }
            return null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}

/// <summary>One reading of <see cref="HostCounters"/>.</summary>
public sealed record HostReading(double? CpuSeconds, double? AllocatedBytes);
