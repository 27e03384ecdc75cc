namespace AfterSalesBot.Escalation.Cases;

/// <summary>
/// One remedy offered to the customer, the first half of a line of the handling agreement (处理协议, DOMAIN.md §3 step 5):
/// who offered it (the bot, or the staff member who handed the conversation back with it), what exactly, under which
/// policy version and when. The customer's answer, if any, is a <see cref="RemedyAnswer"/>. Immutable: the context
/// refuses to change or delete one (ADR "handling agreement ledger").
/// </summary>
public sealed class RemedyOffer
{
    /// <summary>Chosen by the conversation when it makes the offer, so a repeated report writes nothing twice.</summary>
    public Guid Id { get; init; }
    public required string CaseNumber { get; init; }
    public required string ConversationId { get; init; }

    /// <summary><c>bot</c>, or the staff member's user name.</summary>
    public required string OfferedBy { get; init; }

    /// <summary>The supervisor who approved this remedy for the case (an approved <c>ApprovalRequest</c> for the same
    /// remedy), if it needed one.</summary>
    public string? ApprovedBy { get; init; }
    public required string RemedyKind { get; init; }
    public decimal RemedyCost { get; init; }
    public required string RemedyCurrency { get; init; }
    public required string RemedyGrantedBy { get; init; }
    public required string RemedyDescription { get; init; }
    public required string PolicyCode { get; init; }
    public int PolicyVersion { get; init; }
    public DateTimeOffset OfferedAt { get; init; }

    /// <summary>Order within the case when two offers share an instant.</summary>
    public int Sequence { get; init; }

    public SheetRemedy Remedy => new(RemedyKind, RemedyCost, RemedyCurrency, RemedyGrantedBy, RemedyDescription);
}

/// <summary>
/// The customer's answer to one <see cref="RemedyOffer"/>: inserted once (its key is the offer's id, so a second answer
/// to the same offer fails in the database), never changed. An offer without an answer was left open — the conversation
/// went to a person before the customer said yes or no.
/// </summary>
public sealed class RemedyAnswer
{
    public Guid OfferId { get; init; }

    /// <summary>One of <see cref="RemedyAnswers"/>.</summary>
    public required string Answer { get; init; }
    public DateTimeOffset AnsweredAt { get; init; }
}

public static class RemedyAnswers
{
    public const string Accepted = "Accepted";
    public const string Refused = "Refused";

    public static readonly IReadOnlyList<string> All = [Accepted, Refused];
}
