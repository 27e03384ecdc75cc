using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Bot.Data.Entities;

namespace AfterSalesBot.Bot.Conversations;

/// <summary>A <see cref="ConversationSummary"/> in the conversation's columns.</summary>
internal static class SummaryColumns
{
    private const int ReasonCodesLength = 256;

    /// <summary>Writes this turn's summary over the last one (see <see cref="ConversationSummary.After"/>); a turn
    /// without a summary (a bot failure) keeps the last one.</summary>
    public static void Write(ConversationRecord next, ConversationSummary? summary, ConversationRecord? previous)
    {
        var last = previous is null ? ConversationSummary.None : Read(previous);
        var merged = summary?.After(last) ?? last;
        next.Product = merged.Product;
        next.Outcome = summary is null ? previous?.Outcome : merged.Outcome;
        next.CaseNumber = merged.CaseNumber;
        next.Verdict = merged.Verdict;
        next.ReasonCodes = Join(merged.ReasonCodes);
        next.OffersMade = merged.OffersMade;
        next.OffersAccepted = merged.OffersAccepted;
        next.Escalated = merged.Escalated;
        next.ModelTokens = merged.ModelTokens;
    }

    public static ConversationSummary Read(ConversationRecord record) => new(
        record.Product,
        record.Outcome ?? TranscriptOutcomes.NoComplaint,
        record.CaseNumber,
        record.Verdict,
        Split(record.ReasonCodes),
        record.OffersMade,
        record.OffersAccepted,
        record.Escalated,
        record.ModelTokens);

    public static IReadOnlyList<string> Split(string? codes) =>
        string.IsNullOrEmpty(codes) ? [] : codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Whole codes only, as many as the column holds.</summary>
    private static string? Join(IReadOnlyList<string> codes)
    {
        if (codes.Count == 0) return null;
        var joined = "";
        foreach (var code in codes)
        {
            var next = joined.Length == 0 ? code : joined + "," + code;
            if (next.Length > ReasonCodesLength) break;
            joined = next;
        }
        return joined.Length == 0 ? null : joined;
    }
}
