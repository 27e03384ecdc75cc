namespace AfterSalesBot.Escalation.Kpis;

/// <summary>The conversation side of the KPIs, implemented by the host (the bot owns conversations; the knowledge
/// store owns repair records).</summary>
public interface IConversationStatistics
{
    /// <summary>Conversations started in [<see cref="KpiPeriod.From"/>, <see cref="KpiPeriod.To"/>) on the period's
    /// channel (any when null) that had a complaint, i.e. an outcome other than <c>NoComplaint</c>.</summary>
    Task<IReadOnlyList<ComplaintFacts>> ComplaintsAsync(KpiPeriod period, CancellationToken ct);

    /// <summary>Per model, the units (serials) with at least two repairs up to <paramref name="toDay"/> (exclusive), at
    /// least one of them on or after <paramref name="fromDay"/>. Repair dates are the business's calendar days.</summary>
    Task<IReadOnlyList<ModelCount>> RepeatFailuresAsync(DateOnly fromDay, DateOnly toDay, CancellationToken ct);

    /// <summary>Conversations started in the period on its channel (any when null), complaint or not, that used the
    /// optional language model, and the tokens they used (ADR 0012).</summary>
    Task<ModelUsage> LanguageModelAsync(KpiPeriod period, CancellationToken ct);
}

/// <param name="Outcome">One of <c>TranscriptOutcomes</c>.</param>
/// <param name="Escalated">Handed to a person at some point (even if later agreed).</param>
public sealed record ComplaintFacts(DateTimeOffset StartedAt, string? Product, string Outcome, bool Escalated, int OffersMade,
    int OffersAccepted, IReadOnlyList<string> ReasonCodes);

public sealed record ModelCount(string Model, int Count);

/// <summary>The optional language model's use: conversations that used it and their tokens in all.</summary>
public sealed record ModelUsage(int Conversations, long Tokens)
{
    public static readonly ModelUsage None = new(0, 0);

    /// <summary>Tokens per conversation that used the model; null when none did.</summary>
    public double? TokensPerConversation => Conversations == 0 ? null : (double)Tokens / Conversations;
}
