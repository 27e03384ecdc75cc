using System.Diagnostics;

namespace AfterSalesBot.KnowledgeBench.Phases;

public static class Memory
{
    private const double Mb = 1024 * 1024;

    /// <summary>Live managed heap after a full, blocking collection, in MB of 2^20 bytes.</summary>
    public static double ManagedMb()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true) / Mb;
    }

    public static double WorkingSetMb()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64 / Mb;
    }
}
