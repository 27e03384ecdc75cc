using System.Runtime;
using System.Runtime.InteropServices;

namespace AfterSalesBot.Bench.Report;

public sealed record MachineFacts(int Cores, string Dotnet, string Os, string Architecture, bool BenchServerGc)
{
    public static MachineFacts Current { get; } = new(
        Environment.ProcessorCount,
        RuntimeInformation.FrameworkDescription,
        RuntimeInformation.OSDescription,
        RuntimeInformation.ProcessArchitecture.ToString(),
        GCSettings.IsServerGC);
}
