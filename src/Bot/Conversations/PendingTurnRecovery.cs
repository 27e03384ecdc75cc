using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.Schema;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Conversations;

/// <summary>
/// At start-up, runs the turns that were acknowledged but not finished when the process stopped,
/// so a crash mid-turn loses nothing the channel was told we had.
/// </summary>
public sealed class PendingTurnRecovery(
    IDbContextFactory<BotDbContext> factory,
    TurnScheduler scheduler,
    TurnProcessor processor,
    DirectLine.DirectLineStore directLine,
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
            orderby item.ReceivedAt
            select item).ToListAsync(cancellationToken);
        foreach (var item in pending)
        {
            var activity = ActivityJson.Deserialize(item.ActivityJson);
            if (activity?.Conversation?.Id is null) continue;
            var selfHosted = await directLine.FindOwnerAsync(item.ConversationId, cancellationToken) is not null;
            _ = scheduler.Schedule(item.ConversationId, () => processor.ProcessAsync(activity, item.Sequence, selfHosted, CancellationToken.None));
        }
        if (pending.Count > 0) logger.LogWarning("Resumed {Count} turns left unfinished by the last run.", pending.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
