namespace AfterSalesBot.ConversationBench.Scoring;

/// <summary>What the host stored about one conversation: the complaint state and the desk's cases and offers.</summary>
/// <param name="DecidedAt">When the last coverage decision was made (ComplaintState.OfferedAt).</param>
public sealed record StoredConversation(
    string? Verdict,
    string? Language,
    string? CaseNumber,
    DateTimeOffset? DecidedAt,
    IReadOnlyList<StoredOffer> Offers,
    IReadOnlyList<StoredCase> Cases);

/// <summary>A remedy the bot offered, from the state's offer log or the desk's ledger (RemedyOffers).</summary>
public sealed record StoredOffer(Guid Id, string Kind, string OfferedBy, DateTimeOffset OfferedAt);

/// <param name="Reason">Why the bot handed over; null for a case opened by an agreed remedy.</param>
public sealed record StoredCase(string Number, string? Reason, string Priority);
