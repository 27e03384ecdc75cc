namespace AfterSalesBot.Bot.Data.Entities;

/// <summary>A conversation and the bot's state for it. The state is opaque to storage.</summary>
public sealed class ConversationRecord
{
    public required string Id { get; set; }
    public required string ChannelId { get; set; }
    public string? State { get; set; }
    public string? Locale { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long TurnCount { get; set; }

    /// <summary>The transcript sequence of the last inbound activity whose turn has been committed.</summary>
    public long LastProcessedSequence { get; set; }

    // The summary the bot gives each turn (ConversationSummary), for transcript search and the KPIs.

    /// <summary>The model code, once known.</summary>
    public string? Product { get; set; }

    /// <summary>One of <c>TranscriptOutcomes</c>; null for a conversation from before summaries were kept.</summary>
    public string? Outcome { get; set; }
    public string? CaseNumber { get; set; }
    public string? Verdict { get; set; }

    /// <summary>The coverage decision's reason codes, comma-separated.</summary>
    public string? ReasonCodes { get; set; }
    public int OffersMade { get; set; }
    public int OffersAccepted { get; set; }

    /// <summary>Handed to a person at some point.</summary>
    public bool Escalated { get; set; }

    /// <summary>Tokens the optional language model used for the conversation so far (0 without one).</summary>
    public int ModelTokens { get; set; }

    /// <summary>When retention or an erasure request removed the conversation's personal data (transcript, state, uploads);
    /// the summary above stays for the KPIs. A new turn on the conversation clears it.</summary>
    public DateTimeOffset? ErasedAt { get; set; }
}
