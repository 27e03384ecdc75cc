using System.Diagnostics;
using AfterSalesBot.KnowledgeBench.Corpus;
using AfterSalesBot.KnowledgeBench.Report;

namespace AfterSalesBot.KnowledgeBench.Phases;

/// <summary>
/// Holds the purchase and repair records in memory, measures what they cost, and times the two lookups a
/// coverage decision starts with. Serials asked for: 90 % known, 10 % unknown, in a fixed shuffled order.
/// </summary>
public static class RecordsPhase
{
    private const string Section = "Records";

    public static RecordStore Run(KnowledgeBenchOptions options, LabelledSet set, KnowledgeBenchReport report, TextWriter progress)
    {
        var managedStart = Memory.ManagedMb();
        var purchases = SyntheticRecords.Purchases(options.Purchases, set.Products, options.Seed);
        var repairs = SyntheticRecords.Repairs(options.Repairs, purchases, options.Seed);
        var managedRecords = Memory.ManagedMb();
        var store = new RecordStore(purchases, repairs);
        var managedStore = Memory.ManagedMb();

        report.Add(Section, "purchase records", purchases.Length, "count");
        report.Add(Section, "repair records", repairs.Length, "count", $"over {store.RepairsBySerial.Count:N0} serials");
        report.Add(Section, "managed memory: records", managedRecords - managedStart, "MB");
        report.Add(Section, "managed memory: serial indexes", managedStore - managedRecords, "MB", "two dictionaries by serial");

        var random = new Random(options.Seed + 4);
        var serials = new string[4096];
        for (var i = 0; i < serials.Length; i++)
            serials[i] = random.Next(10) == 0 ? $"UNKNOWN{i:D8}" : purchases[random.Next(purchases.Length)].Serial;

        progress.WriteLine($"bench: timing up to {options.Lookups:N0} lookups of each kind...");
        report.Add(Section, "purchase by serial", Rate(options, serials, s => store.PurchasesBySerial.ContainsKey(s)), "lookups/s");
        report.Add(Section, "repair history by serial", Rate(options, serials, s => store.RepairHistory(s).Length > 0), "lookups/s");
        GC.KeepAlive(purchases);
        GC.KeepAlive(repairs);
        return store;
    }

    private static double Rate(KnowledgeBenchOptions options, string[] serials, Func<string, bool> lookup)
    {
        var found = 0;
        var done = 0;
        var deadline = Stopwatch.GetTimestamp() + (long)(options.LookupSeconds * Stopwatch.Frequency);
        var wall = Stopwatch.StartNew();
        // Check the clock once per 4,096 lookups so reading it does not dominate.
        while (done < options.Lookups && Stopwatch.GetTimestamp() < deadline)
        {
            var batch = Math.Min(serials.Length, options.Lookups - done);
            for (var i = 0; i < batch; i++)
                if (lookup(serials[i])) found++;
            done += batch;
        }

        wall.Stop();
        GC.KeepAlive(found);
        return done / wall.Elapsed.TotalSeconds;
    }
}
