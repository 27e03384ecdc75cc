namespace AfterSalesBot.Bench.Server;

/// <summary>
/// The server's memory at one moment, in MB (2^20 bytes): the working set as .NET reports it, and on
/// Linux the kernel's resident set (VmRSS) and its peak so far (VmHWM) from /proc/&lt;pid&gt;/status.
/// </summary>
public sealed record MemorySample(string Label, double WorkingSetMb, double? RssMb, double? PeakRssMb);
