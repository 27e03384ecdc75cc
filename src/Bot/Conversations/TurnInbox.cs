using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.DirectLine;
using AfterSalesBot.Bot.Schema;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Conversations;

public enum AcceptOutcome
{
    Accepted,
    Duplicate,
}

public sealed record AcceptResult(AcceptOutcome Outcome, string ActivityId);

/// <summary>
/// Where every inbound activity enters. It is committed (inbox row, transcript entry and, on the
/// self-hosted Direct Line, the echo in the history) before the channel is acknowledged; then its
/// turn is scheduled. A redelivered activity id is acknowledged again and not processed twice.
/// </summary>
public sealed class TurnInbox(
    IDbContextFactory<BotDbContext> factory,
    StoreWriter writer,
    ConversationLocks locks,
    DirectLineStore directLine,
    DirectLineHub hub,
    TurnScheduler scheduler,
    TurnProcessor processor,
    TimeProvider clock)
{
    public async Task<AcceptResult> AcceptAsync(Activity activity, bool selfHosted, CancellationToken ct)
    {
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(activity));
        HistoryEntry? echo = null;
        using (await locks.AcquireAsync(conversationId, ct))
        {
            var now = clock.GetUtcNow();
            DirectLineActivity? row = null;
            if (selfHosted)
            {
                row = await directLine.StampAsync(conversationId, activity, ct);
            }
            else
            {
                activity.Id ??= Guid.NewGuid().ToString("N");
                if (await IsDuplicateAsync(conversationId, activity.Id, ct))
                    return new AcceptResult(AcceptOutcome.Duplicate, activity.Id);
            }

            var json = row?.ActivityJson ?? ActivityJson.Serialize(activity);
            var inbox = new InboxItem
            {
                ConversationId = conversationId,
                ActivityId = activity.Id!,
                Status = InboxStatus.Pending,
                ActivityJson = json,
                ReceivedAt = now,
            };
            var transcript = TranscriptEntries.From(activity, TranscriptDirection.Inbound, now, json);
            try
            {
                await writer.WriteAsync(db =>
                {
                    db.Inbox.Add(inbox);
                    db.Transcript.Add(transcript);
                    if (row is not null) db.DirectLineActivities.Add(row);
                }, ct);
            }
            catch when (selfHosted)
            {
                directLine.Invalidate(conversationId);
                throw;
            }
            catch (DbUpdateException)
            {
                // Another server instance may have accepted the same delivery first.
                if (await IsDuplicateAsync(conversationId, activity.Id!, CancellationToken.None))
                    return new AcceptResult(AcceptOutcome.Duplicate, activity.Id!);
                throw;
            }
            if (row is not null)
            {
                echo = new HistoryEntry(row.Sequence, row.ActivityJson);
                hub.Publish(conversationId, [echo.Value]);
            }
        }

        _ = scheduler.Schedule(conversationId, () => processor.ProcessAsync(activity, selfHosted, CancellationToken.None));
        return new AcceptResult(AcceptOutcome.Accepted, activity.Id!);
    }

    private async Task<bool> IsDuplicateAsync(string conversationId, string activityId, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.Inbox.AsNoTracking().AnyAsync(i => i.ConversationId == conversationId && i.ActivityId == activityId, ct);
    }
}
