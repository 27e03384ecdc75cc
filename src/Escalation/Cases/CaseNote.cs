namespace AfterSalesBot.Escalation.Cases;

/// <summary>An internal note on a case: staff only, never shown to the customer. Append-only.</summary>
public sealed class CaseNote
{
    public long Id { get; init; }
    public required string CaseNumber { get; init; }
    public DateTimeOffset At { get; init; }
    public required string Author { get; init; }
    public required string Text { get; init; }
}
