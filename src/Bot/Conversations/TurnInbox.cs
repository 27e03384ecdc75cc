using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.DirectLine;
using AfterSalesBot.Bot.Schema;
using AfterSalesBot.Bot.Transcripts;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Conversations;

public enum AcceptOutcome
{
    Accepted,
    Duplicate,
}

public sealed record AcceptResult(AcceptOutcome Outcome, string ActivityId);

/// <summary>
/// Where every inbound activity enters. It is committed (inbox row and transcript entry, which on the
/// self-hosted Direct Line is also the echo in the history) before the channel is acknowledged; then its
/// turn is scheduled. A redelivered activity id is acknowledged again and not processed twice.
/// </summary>
public sealed class TurnInbox(
    IDbContextFactory<BotDbContext> factory,
    StoreWriter writer,
    ConversationLocks locks,
    ConversationLog log,
    DirectLineHub hub,
    Leases.LeasedTurns turns,
    TranscriptObservers observers,
    TimeProvider clock)
{
    /// <summary>Tries at a sequence number; more than one fails only when instances append to one conversation at once.</summary>
    private const int MaxAppendAttempts = 5;

    private static readonly CompiledPerModel<Func<BotDbContext, string, string, CancellationToken, Task<bool>>> SeenQuery = new(() =>
        EF.CompileAsyncQuery((BotDbContext db, string conversationId, string activityId, CancellationToken _) =>
            db.Inbox.Any(i => i.ConversationId == conversationId && i.ActivityId == activityId)));

    /// <param name="files">Uploaded files the activity points at, written in the same transaction as the activity.</param>
    public async Task<AcceptResult> AcceptAsync(Activity activity, bool selfHosted, CancellationToken ct, IReadOnlyList<DirectLineAttachment>? files = null)
    {
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(activity));
        AgentMarker.StripFrom(activity);
        TranscriptEntry entry;
        using (await locks.AcquireAsync(conversationId, ct))
        {
            // Self-hosted ids are ours and new by construction; channel ids may come again on redelivery. A redelivery is
            // found by the inbox's key when it is written (below), not by a read before every activity: one round trip
            // less per activity, and a rare redelivery costs a failed write instead.
            if (!selfHosted) activity.Id ??= Guid.NewGuid().ToString("N");

            // What this instance remembers of a conversation another instance may append to is likely stale (ADR 0028).
            // Such an append may also collide with another instance's: it is saved behind a savepoint (ADR 0048).
            var alone = turns.AppendsAlone(conversationId);
            if (!alone) log.Invalidate(conversationId);
            var attempt = 0;
        // Another instance may append to this conversation between our append and our commit (ADR 0028).
        append:
            attempt++;
            entry = await log.AppendAsync(activity, TranscriptDirection.Inbound, selfHosted, ct);
            var atRisk = turns.MayCollide(conversationId); // also an owner's accept, while the conversation is shared (ADR 0054)
            var inbox = new InboxItem
            {
                ConversationId = conversationId,
                ActivityId = activity.Id!,
                Sequence = entry.Sequence,
                Status = InboxStatus.Accepted,
                ActivityJson = entry.ActivityJson,
                ReceivedAt = clock.GetUtcNow(),
            };
            try
            {
                Action<BotDbContext> write = db =>
                {
                    db.Inbox.Add(inbox);
                    db.Transcript.Add(entry);
                    if (files is { Count: > 0 }) db.DirectLineAttachments.AddRange(files);
                };
                await (atRisk ? writer.WriteAtRiskAsync(write, ct, $"{nameof(AcceptAsync)} at risk") : writer.WriteAsync(write, ct));
            }
            catch (DbUpdateException) when (!selfHosted)
            {
                log.Invalidate(conversationId);
                // A redelivery, accepted before by this or another server instance.
                if (await IsDuplicateAsync(conversationId, activity.Id!, CancellationToken.None))
                    return new AcceptResult(AcceptOutcome.Duplicate, activity.Id!);
                turns.OthersAppended(conversationId);
                if (attempt < MaxAppendAttempts) goto append;
                throw;
            }
            catch (DbUpdateException) when (attempt < MaxAppendAttempts)
            {
                // The sequence was taken by an activity another instance accepted: take the next.
                log.Invalidate(conversationId);
                turns.OthersAppended(conversationId);
                goto append;
            }
            catch
            {
                log.Invalidate(conversationId);
                throw;
            }
            if (selfHosted) hub.Publish(conversationId, [new HistoryEntry(entry.Sequence, entry.ActivityJson)]);
            observers.Committed(entry);
            turns.Dispatch(activity, entry.Sequence, selfHosted);
        }

        return new AcceptResult(AcceptOutcome.Accepted, activity.Id!);
    }

    private async Task<bool> IsDuplicateAsync(string conversationId, string activityId, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await SeenQuery.For(db)(db, conversationId, activityId, ct);
    }
}
