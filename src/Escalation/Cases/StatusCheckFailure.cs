namespace AfterSalesBot.Escalation.Cases;

/// <summary>
/// A status check that did not match (unknown number or wrong digits). Kept in the database so the slow-down survives a
/// restart; counted per conversation and per case number over <see cref="StatusCheckOptions.Window"/>.
/// </summary>
public sealed class StatusCheckFailure
{
    public long Id { get; init; }
    public required string ConversationId { get; init; }

    /// <summary>The number as quoted (upper case); it may name no case at all.</summary>
    public required string CaseNumber { get; init; }
    public DateTimeOffset At { get; init; }
}
