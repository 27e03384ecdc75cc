using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.Schema;
using AfterSalesBot.Escalation.Conversations;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Transcripts;

/// <summary>
/// The search's queries, built on a context so both providers translate them whole (tests print the SQL Server text).
/// Started dates are UTC days: the search runs on what is stored, in UTC.
/// </summary>
public static class TranscriptSearch
{
    /// <param name="models">Model codes whose product names match <see cref="TranscriptQuery.Product"/>.</param>
    public static IQueryable<ConversationRecord> Filter(BotDbContext db, TranscriptQuery query, IReadOnlyList<string> models)
    {
        var conversations = db.Conversations.AsNoTracking();
        if (query.From is { } from)
        {
            var start = StartOf(from);
            conversations = conversations.Where(c => c.CreatedAt >= start);
        }
        if (query.To is { } to)
        {
            var end = StartOf(to.AddDays(1));
            conversations = conversations.Where(c => c.CreatedAt < end);
        }
        if (!string.IsNullOrWhiteSpace(query.Channel))
        {
            var channel = query.Channel.Trim();
            conversations = conversations.Where(c => c.ChannelId == channel);
        }
        if (!string.IsNullOrWhiteSpace(query.Product))
        {
            var pattern = LikePatterns.Containing(query.Product.Trim());
            conversations = conversations.Where(c => c.Product != null
                && (EF.Functions.Like(c.Product, pattern, LikePatterns.Escape) || models.Contains(c.Product)));
        }
        if (!string.IsNullOrWhiteSpace(query.Outcome))
        {
            var outcome = query.Outcome.Trim();
            // Conversations from before summaries were kept have no outcome: they count as no complaint.
            conversations = outcome == TranscriptOutcomes.NoComplaint
                ? conversations.Where(c => c.Outcome == null || c.Outcome == outcome)
                : conversations.Where(c => c.Outcome == outcome);
        }
        foreach (var word in LikePatterns.Words(query.Words))
        {
            var pattern = LikePatterns.Containing(word);
            conversations = conversations.Where(c => db.Transcript.Any(t => t.ConversationId == c.Id && t.Type == ActivityTypes.Message
                && t.Text != null && EF.Functions.Like(t.Text, pattern, LikePatterns.Escape)));
        }
        return conversations;
    }

    /// <summary>Newest first, one page, with what the list shows. <paramref name="snippetPattern"/>: the first message
    /// matching it is the snippet; null: the customer's first message.</summary>
    public static IQueryable<SummaryRow> Page(BotDbContext db, IQueryable<ConversationRecord> conversations, string? snippetPattern,
        int skip, int take) =>
        Project(db, conversations.OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id).Skip(skip).Take(take), snippetPattern);

    public static IQueryable<SummaryRow> Project(BotDbContext db, IQueryable<ConversationRecord> conversations, string? snippetPattern) =>
        conversations.Select(c => new SummaryRow(c.Id, c.ChannelId, c.Locale, c.CreatedAt, c.UpdatedAt,
            db.Transcript.Where(t => t.ConversationId == c.Id).Max(t => (DateTimeOffset?)t.Timestamp),
            c.Product, c.Outcome, c.CaseNumber,
            db.Transcript.Count(t => t.ConversationId == c.Id && t.Type == ActivityTypes.Message),
            db.Transcript
                .Where(t => t.ConversationId == c.Id && t.Type == ActivityTypes.Message && t.Text != null
                    && (snippetPattern == null
                        ? t.Direction == TranscriptDirection.Inbound
                        : EF.Functions.Like(t.Text, snippetPattern, LikePatterns.Escape)))
                .OrderBy(t => t.Sequence).Select(t => t.Text).FirstOrDefault()));

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}

/// <summary>A <see cref="TranscriptSummary"/> as read, before the snippet is cut.</summary>
public sealed record SummaryRow(string ConversationId, string ChannelId, string? Locale, DateTimeOffset StartedAt, DateTimeOffset UpdatedAt,
    DateTimeOffset? LastLineAt, string? Product, string? Outcome, string? CaseNumber, int Messages, string? FirstMatch);
