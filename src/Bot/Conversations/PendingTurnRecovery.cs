using AfterSalesBot.Bot.Conversations.Leases;
using AfterSalesBot.Bot.Data;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Conversations;

/// <summary>
/// At start-up, runs the turns that were acknowledged but not finished when the process stopped,
/// so a crash mid-turn loses nothing the channel was told we had. Each such conversation is drained through its lease
/// (ADR 0028): one another live instance holds is left to it.
/// </summary>
public sealed class PendingTurnRecovery(
    IDbContextFactory<BotDbContext> factory,
    LeasedTurns turns,
    ILogger<PendingTurnRecovery> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        // Accepted but not processed: past the sequence its conversation's last committed turn reached.
        var pending = await (
            from item in db.Inbox.AsNoTracking()
            join conversation in db.Conversations on item.ConversationId equals conversation.Id into done
            from conversation in done.DefaultIfEmpty()
            where conversation == null || item.Sequence > conversation.LastProcessedSequence
            group item by item.ConversationId into unfinished
            select new { ConversationId = unfinished.Key, Count = unfinished.Count() }).ToListAsync(cancellationToken);
        foreach (var conversation in pending) turns.Drain(conversation.ConversationId);
        if (pending.Count > 0)
            logger.LogWarning("Resuming {Count} turns of {Conversations} conversations left unfinished by the last run.",
                pending.Sum(p => p.Count), pending.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
