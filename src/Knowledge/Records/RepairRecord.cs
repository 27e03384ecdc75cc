namespace AfterSalesBot.Knowledge.Records;

/// <summary>A past repair of a unit, so that repeat failures of the same fault are known (DOMAIN.md §7).</summary>
public sealed class RepairRecord
{
    /// <summary>Natural key, e.g. <c>RP-2026-00017</c>.</summary>
    public required string Id { get; set; }
    public required string Serial { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>The fault category (same vocabulary as article symptoms), e.g. <c>NO_IGNITION</c>, <c>LEAK</c>.</summary>
    public required string FaultCode { get; set; }
    public string? Description { get; set; }

    /// <summary>REPAIRED, PART_REPLACED, UNIT_REPLACED, REFUNDED, NO_FAULT_FOUND.</summary>
    public required string Outcome { get; set; }

    /// <summary>Whether the repair was done under warranty (counts toward the repeat-failure rule).</summary>
    public bool UnderWarranty { get; set; } = true;

    /// <summary>Whether this repair was done on the unit with <paramref name="serial"/> (serials compare without case).</summary>
    public bool IsOf(string serial) => string.Equals(Serial, serial, StringComparison.OrdinalIgnoreCase);
}
