using AfterSalesBot.Knowledge.Records;

namespace AfterSalesBot.KnowledgeBench.Phases;

/// <summary>
/// Purchases and repair histories keyed by serial, as a coverage service would cache them in memory.
/// The coverage decision timing (CoverageDecider, branch coverage) will read its inputs from here.
/// </summary>
public sealed class RecordStore
{
    public RecordStore(PurchaseRecord[] purchases, RepairRecord[] repairs)
    {
        PurchasesBySerial = new Dictionary<string, PurchaseRecord>(purchases.Length, StringComparer.Ordinal);
        foreach (var purchase in purchases)
            PurchasesBySerial[purchase.Serial] = purchase;

        RepairsBySerial = repairs
            .GroupBy(r => r.Serial, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Date).ToArray(), StringComparer.Ordinal);
    }

    public Dictionary<string, PurchaseRecord> PurchasesBySerial { get; }

    /// <summary>Oldest first; a serial with no repairs has no entry.</summary>
    public Dictionary<string, RepairRecord[]> RepairsBySerial { get; }

    public RepairRecord[] RepairHistory(string serial) =>
        RepairsBySerial.TryGetValue(serial, out var history) ? history : [];
}
