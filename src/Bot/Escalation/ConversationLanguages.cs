using System.Globalization;
using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Conversations.Complaints;
using AfterSalesBot.Bot.Data;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Escalation;

/// <summary>The language a conversation is held in: the one the complaint flow answers in, else the channel locale.</summary>
internal sealed class ConversationLanguages(IDbContextFactory<BotDbContext> factory)
{
    public async Task<CultureInfo> FindAsync(string conversationId, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var record = await db.Conversations.AsNoTracking().Where(c => c.Id == conversationId)
            .Select(c => new { c.State, c.Locale }).FirstOrDefaultAsync(ct);
        if (record?.State is { Length: > 0 } state)
            return ComplaintState.Parse(state).Language == "zh" ? CustomerLanguage.Chinese : CustomerLanguage.English;
        if (record?.Locale is { } locale) return CustomerLanguage.FromLocale(locale);
        var stored = await db.ConversationReferences.AsNoTracking().Where(r => r.ConversationId == conversationId)
            .Select(r => r.Locale).FirstOrDefaultAsync(ct);
        return CustomerLanguage.FromLocale(stored);
    }

    /// <summary>The zone the customer's channel last sent (kept in the conversation's state), or null when none did.</summary>
    public async Task<string?> FindTimeZoneAsync(string conversationId, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var state = await db.Conversations.AsNoTracking().Where(c => c.Id == conversationId).Select(c => c.State).FirstOrDefaultAsync(ct);
        return state is { Length: > 0 } ? ComplaintState.Parse(state).TimeZone : null;
    }
}
