namespace AfterSalesBot.Escalation.Cases;

/// <summary>
/// The last case number handed out on one local day. Incremented inside the transaction that opens the case,
/// so concurrent opens queue on this row and never share a number.
/// </summary>
internal sealed class CaseNumberCounter
{
    public DateOnly Day { get; init; }
    public int Last { get; set; }
}
