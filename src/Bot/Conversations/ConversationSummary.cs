using AfterSalesBot.Escalation.Conversations;

namespace AfterSalesBot.Bot.Conversations;

/// <summary>
/// What a conversation came to, as the bot sees it after a turn: stored beside the opaque state so transcripts
/// can be searched and counted without reading the bot's state (<see cref="Transcripts"/>, the KPIs).
/// </summary>
/// <param name="Product">The model code, once known.</param>
/// <param name="Outcome">One of <see cref="TranscriptOutcomes"/>.</param>
/// <param name="ReasonCodes">The coverage decision's reason codes.</param>
/// <param name="OffersMade">Remedies the bot put to the customer.</param>
/// <param name="OffersAccepted">Remedies the customer accepted from the bot.</param>
/// <param name="Escalated">Handed to a person at some point.</param>
/// <param name="ModelTokens">Tokens the optional language model used for the conversation so far (0 without one).</param>
public sealed record ConversationSummary(string? Product, string Outcome, string? CaseNumber, string? Verdict,
    IReadOnlyList<string> ReasonCodes, int OffersMade, int OffersAccepted, bool Escalated, int ModelTokens = 0)
{
    public static readonly ConversationSummary None = new(null, TranscriptOutcomes.NoComplaint, null, null, [], 0, 0, false);

    /// <summary>
    /// The conversation's summary after this turn. Facts stick: the bot forgets a finished complaint when the customer
    /// starts afresh, but the conversation still had it — an idle turn never turns a complaint back into "no complaint",
    /// counts never go down and an escalation stays an escalation.
    /// </summary>
    public ConversationSummary After(ConversationSummary previous) => new(
        Product ?? previous.Product,
        Outcome == TranscriptOutcomes.NoComplaint ? previous.Outcome : Outcome,
        CaseNumber ?? previous.CaseNumber,
        Verdict ?? previous.Verdict,
        ReasonCodes.Count > 0 ? ReasonCodes : previous.ReasonCodes,
        Math.Max(OffersMade, previous.OffersMade),
        Math.Max(OffersAccepted, previous.OffersAccepted),
        Escalated || previous.Escalated,
        Math.Max(ModelTokens, previous.ModelTokens));
}
