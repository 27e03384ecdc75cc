namespace AfterSalesBot.Escalation.Cases;

/// <summary>
/// A conversation that gave the right phone digits for a case. From then on it hears that case's status without digits
/// and is never slowed down by other people's wrong guesses on the number.
/// </summary>
public sealed class StatusCheckProof
{
    public required string ConversationId { get; init; }
    public required string CaseNumber { get; init; }
    public DateTimeOffset At { get; init; }
}
