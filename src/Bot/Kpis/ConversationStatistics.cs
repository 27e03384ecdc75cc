using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Escalation.Kpis;
using AfterSalesBot.Knowledge;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Kpis;

/// <summary>The conversation side of the KPIs, over the conversations' summary columns and Knowledge's repair
/// statistics.</summary>
public sealed class ConversationStatistics(IDbContextFactory<BotDbContext> factory, KnowledgeReader knowledge)
    : IConversationStatistics
{
    public async Task<IReadOnlyList<ComplaintFacts>> ComplaintsAsync(KpiPeriod period, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var rows = await Complaints(db, period)
            .Select(c => new { c.CreatedAt, c.Product, c.Outcome, c.Escalated, c.OffersMade, c.OffersAccepted, c.ReasonCodes })
            .ToListAsync(ct);
        return [.. rows.Select(r => new ComplaintFacts(r.CreatedAt, r.Product, r.Outcome!, r.Escalated, r.OffersMade, r.OffersAccepted,
            SummaryColumns.Split(r.ReasonCodes)))];
    }

    /// <summary>The period's conversations with a complaint, as one query both providers translate.</summary>
    public static IQueryable<Data.Entities.ConversationRecord> Complaints(BotDbContext db, KpiPeriod period)
    {
        var (from, to) = (period.From, period.To);
        var conversations = db.Conversations.AsNoTracking()
            .Where(c => c.CreatedAt >= from && c.CreatedAt < to && c.Outcome != null && c.Outcome != TranscriptOutcomes.NoComplaint);
        if (period.Channel is { } channel) conversations = conversations.Where(c => c.ChannelId == channel);
        return conversations;
    }

    public async Task<ModelUsage> LanguageModelAsync(KpiPeriod period, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await LanguageModel(db, period).FirstOrDefaultAsync(ct) ?? ModelUsage.None;
    }

    /// <summary>The period's conversations (complaint or not) that used the language model, counted and their tokens
    /// summed (as 64-bit: many conversations' tokens outgrow an int), as one row or none.</summary>
    public static IQueryable<ModelUsage> LanguageModel(BotDbContext db, KpiPeriod period)
    {
        var (from, to) = (period.From, period.To);
        var conversations = db.Conversations.AsNoTracking()
            .Where(c => c.CreatedAt >= from && c.CreatedAt < to && c.ModelTokens > 0);
        if (period.Channel is { } channel) conversations = conversations.Where(c => c.ChannelId == channel);
        return conversations.GroupBy(c => 1).Select(g => new ModelUsage(g.Count(), g.Sum(c => (long)c.ModelTokens)));
    }

    /// <summary>Knowledge's repair statistics, read through its <see cref="KnowledgeReader"/>.</summary>
    public async Task<IReadOnlyList<ModelCount>> RepeatFailuresAsync(DateOnly fromDay, DateOnly toDay, CancellationToken ct) =>
        [.. (await knowledge.RepeatFailuresAsync(fromDay, toDay, ct)).Select(m => new ModelCount(m.Model, m.Units))];
}
