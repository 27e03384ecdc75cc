using System.Diagnostics;
using System.Globalization;

namespace AfterSalesBot.Bench.Server;

/// <summary>Reads another process's memory; null when there is no process to read (a --url server without --pid).</summary>
public sealed class ServerMemory(int? pid)
{
    private const double Mb = 1024 * 1024;

    public bool Available => pid is not null;

    public MemorySample? Sample(string label)
    {
        if (pid is not { } id)
            return null;
        try
        {
            using var process = Process.GetProcessById(id);
            process.Refresh();
            var (rss, hwm) = ReadProcStatus(id);
            return new MemorySample(label, process.WorkingSet64 / Mb, rss, hwm);
        }
        catch (ArgumentException)
        {
            return null; // the process is gone; the caller reports the server's exit
        }
    }

    private static (double? Rss, double? Hwm) ReadProcStatus(int id)
    {
        var path = $"/proc/{id}/status";
        if (!File.Exists(path))
            return (null, null);
        double? rss = null, hwm = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                rss = Kilobytes(line);
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                hwm = Kilobytes(line);
        }

        return (rss, hwm);
    }

    private static double? Kilobytes(string line) =>
        double.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], NumberStyles.Float,
            CultureInfo.InvariantCulture, out var kb) ? kb * 1024 / Mb : null;
}
