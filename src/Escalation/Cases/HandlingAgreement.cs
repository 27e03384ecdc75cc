namespace AfterSalesBot.Escalation.Cases;

/// <summary>
/// The handling agreement (处理协议, DOMAIN.md §3 step 5): who offered which remedy under which policy version,
/// and when the customer accepted it. Immutable: the context refuses to change or delete one. Every offer, refused ones
/// and ones left open included, is a <see cref="RemedyOffer"/>; this row is the one the customer accepted.
/// </summary>
public sealed class HandlingAgreement
{
    public Guid Id { get; init; }
    public required string CaseNumber { get; init; }
    public required string ConversationId { get; init; }
    public required string OfferedBy { get; init; }
    public required string RemedyKind { get; init; }
    public decimal RemedyCost { get; init; }
    public required string RemedyCurrency { get; init; }
    public required string RemedyGrantedBy { get; init; }
    public required string RemedyDescription { get; init; }
    public required string PolicyCode { get; init; }
    public int PolicyVersion { get; init; }
    public DateTimeOffset OfferedAt { get; init; }
    public DateTimeOffset AcceptedAt { get; init; }

    /// <summary>The accepted <see cref="RemedyOffer"/>; null for agreements recorded before offers were.</summary>
    public Guid? OfferId { get; init; }

    public SheetRemedy Remedy => new(RemedyKind, RemedyCost, RemedyCurrency, RemedyGrantedBy, RemedyDescription);
}
