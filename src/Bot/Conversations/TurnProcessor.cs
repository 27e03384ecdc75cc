using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.DirectLine;
using AfterSalesBot.Bot.Outbox;
using AfterSalesBot.Bot.Schema;
using AfterSalesBot.Bot.Telemetry;
using AfterSalesBot.Bot.Transcripts;
using AfterSalesBot.Escalation.FollowUps;
using AfterSalesBot.Escalation.Privacy;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Conversations;

/// <summary>
/// One turn: load the state, let the bot step, then commit the new state, the conversation reference,
/// the transcript and (self-hosted) the replies in the history together, and only then deliver. Replies to a connector
/// channel are committed with an outbox row each and delivered from the outbox (<see cref="ConnectorOutbox"/>), which
/// retries what the channel refuses; a follow-up is the exception (see <see cref="DeliverFollowUpAsync"/>).
/// </summary>
public sealed class TurnProcessor(
    IDbContextFactory<BotDbContext> factory,
    StoreWriter writer,
    ConversationLocks locks,
    ConversationLog log,
    DirectLineHub hub,
    IBot bot,
    IExternalChannelSender external,
    ConnectorOutbox outbox,
    TranscriptObservers observers,
    Leases.HeldLeases held,
    TimeProvider clock,
    BotTelemetry telemetry,
    ILogger<TurnProcessor> logger)
{
    /// <summary>Tries at committing a turn; more than one fails only when instances write one conversation at once.</summary>
    private const int MaxCommitAttempts = 5;

    /// <summary>The conversation and its reference in one statement (a left join: a new conversation has neither, and a
    /// reference without its conversation is read as none, as two look-ups did). One read per turn instead of two, in one
    /// snapshot (ADR 0034).</summary>
    private static readonly CompiledPerModel<Func<BotDbContext, string, CancellationToken, Task<LoadedConversation?>>> LoadQuery = new(() =>
        EF.CompileAsyncQuery((BotDbContext db, string id, CancellationToken _) =>
            (from c in db.Conversations.AsNoTracking()
             where c.Id == id
             from r in db.ConversationReferences.AsNoTracking().Where(r => r.ConversationId == c.Id).DefaultIfEmpty()
             select new LoadedConversation(c, r)).FirstOrDefault()));

    private sealed record LoadedConversation(ConversationRecord Record, StoredConversationReference? Reference);

    /// <param name="inboundSequence">The inbound activity's place in the log; the turn marks it processed. Null for a desk
    /// wake: an internal event built from the stored reference, never from a channel (<see cref="TurnContext.IsDeskWake"/>).</param>
    /// <param name="followUp">Set by the follow-up sender on a desk wake: the follow-up the bot is to speak.</param>
    public async Task ProcessAsync(Activity activity, long? inboundSequence, bool selfHosted, CancellationToken ct, FollowUpPrompt? followUp = null)
    {
        var started = clock.GetTimestamp();
        using var span = BotTelemetry.Source.StartActivity("turn");
        span?.SetTag("conversation.id", activity.Conversation?.Id);
        span?.SetTag("channel", activity.ChannelId);
        var outcome = "failed";
        try
        {
            outcome = await RunAsync(activity, inboundSequence, selfHosted, followUp, ct);
        }
        finally
        {
            span?.SetTag("outcome", outcome);
            if (outcome != "failed") span?.SetStatus(System.Diagnostics.ActivityStatusCode.Ok);
            else span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error);
            var tags = new System.Diagnostics.TagList { { "channel", activity.ChannelId }, { "outcome", outcome } };
            telemetry.Turns.Add(1, tags);
            telemetry.TurnDuration.Record(clock.GetElapsedTime(started).TotalMilliseconds, tags);
        }
    }

    /// <summary>The turn; returns its outcome for telemetry: ok, failed (the bot threw), skipped (already done), or
    /// refused (a follow-up the channel did not take).</summary>
    private async Task<string> RunAsync(Activity activity, long? inboundSequence, bool selfHosted, FollowUpPrompt? followUp, CancellationToken ct)
    {
        var conversationId = activity.Conversation!.Id!;
        var (record, storedReference) = await LoadAsync(conversationId, ct);
        if (record?.LastProcessedSequence >= inboundSequence) return "skipped"; // already done (a recovery race)
        var turn = new TurnContext(activity, record?.State, clock.GetUtcNow()) { IsDeskWake = inboundSequence is null, FollowUp = inboundSequence is null ? followUp : null };
        if (selfHosted) PublishTyping(activity);

        string? error = null;
        try
        {
            await bot.OnTurnAsync(turn, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The state stays as it was; the customer hears that something failed and nothing is lost.
            // An exception's message may quote the customer: the log and the stored error get it masked (the stack trace
            // names code only), never the exception object with its raw message.
            error = PersonalDataMask.Mask(ex.GetType().Name + ": " + ex.Message)!;
            logger.LogError("The bot failed on activity {ActivityId} of {ConversationId}: {Error}{NewLine}{StackTrace}",
                activity.Id, conversationId, error, Environment.NewLine, ex.StackTrace);
            if (followUp is not null) followUp.Delivery = null; // the state stays as it was: nothing was said
            turn = new TurnContext(activity, record?.State, turn.Now);
            var culture = CustomerLanguage.FromLocale(activity.Locale);
            // A failed follow-up is retried by the scheduler: the customer, who said nothing, hears nothing.
            if (followUp is null) turn.Reply(BotTexts.Get("TurnFailed", culture), CustomerLanguage.Tag(culture));
        }

        // A follow-up to a channel outside this process counts as sent only once the channel has accepted it, so it is
        // delivered before the turn commits: a refusal leaves state and transcript as they were and the scheduler retries
        // (backoff, then parked for staff). The scheduler's durable item makes this at-least-once instead of at-most-once.
        var deliveredFirst = false;
        if (!selfHosted && turn.FollowUp is { Delivery: FollowUpDelivery.Sent } spoken && error is null)
        {
            if (!await DeliverFollowUpAsync(spoken, turn.Replies, ct)) return "refused";
            deliveredFirst = true;
        }

        IReadOnlyList<OutboxItem> outgoing;
        IReadOnlyList<TranscriptEntry> sent;
        var attempt = 0;
    // Another instance may commit to this conversation between our append and our commit (ADR 0028): a retry starts here.
    commit:
        attempt++;
        using (await locks.AcquireAsync(conversationId, ct))
        {
            var now = clock.GetUtcNow();
            var entries = new List<TranscriptEntry>(turn.Replies.Count);
            foreach (var reply in turn.Replies) entries.Add(await log.AppendAsync(reply, TranscriptDirection.Outbound, selfHosted, ct));
            var conversation = Next(record, activity, turn.State, now, inboundSequence ?? record?.LastProcessedSequence ?? 0);
            SummaryColumns.Write(conversation, turn.Summary, record);
            var reference = ReferenceFrom(activity, now);
            outgoing = !selfHosted && !deliveredFirst ? outbox.ClaimedItemsFor(entries, now) : [];
            sent = entries;
            try
            {
                using var commit = BotTelemetry.Source.StartActivity("turn.commit");
                Action<BotDbContext> write = db =>
                {
                    if (record is null) db.Conversations.Add(conversation);
                    else ConversationRowUpdate.Apply(db, conversation, record);
                    if (storedReference is null) db.ConversationReferences.Add(reference);
                    else if (!SameRoute(storedReference, reference)) db.ConversationReferences.Update(reference);
                    db.Transcript.AddRange(entries);
                    db.Outbox.AddRange(outgoing);
                    if (error is not null && inboundSequence is not null) MarkFailed(db, conversationId, activity.Id!, error);
                };
                // Another instance may append to this conversation: the commit is saved behind a savepoint (ADR 0048),
                // also while this instance owns it, for a while after another instance's last append (ADR 0054).
                await (held.MayCollide(conversationId, now) ? writer.WriteAtRiskAsync(write, ct, $"{nameof(RunAsync)} at risk")
                    : writer.WriteAsync(write, ct));
            }
            catch (DbUpdateException) when (attempt < MaxCommitAttempts)
            {
                // A turn committed by another instance fences this one off (the row's turn count moved); an activity
                // another instance accepted took our sequence, and the replies take the next ones.
                log.Invalidate(conversationId);
                held.OthersAppended(conversationId);
                (var latest, storedReference) = await LoadAsync(conversationId, ct);
                if (latest?.TurnCount != record?.TurnCount) return "fenced";
                goto commit;
            }
            catch
            {
                log.Invalidate(conversationId);
                throw;
            }
            if (selfHosted)
            {
                using var deliver = BotTelemetry.Source.StartActivity("turn.deliver");
                hub.Publish(conversationId, entries.Select(e => new HistoryEntry(e.Sequence, e.ActivityJson)));
            }
            observers.Committed(entries);
        }

        if (outgoing.Count > 0)
        {
            using var deliver = BotTelemetry.Source.StartActivity("turn.deliver");
            await DeliverExternallyAsync(conversationId, outgoing, sent, inboundSequence, ct);
        }
        return error is null ? "ok" : "failed";
    }

    private async Task<(ConversationRecord? Record, StoredConversationReference? Reference)> LoadAsync(string conversationId, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var loaded = await LoadQuery.For(db)(db, conversationId, ct);
        return (loaded?.Record, loaded?.Reference);
    }

    /// <summary>The reference is rewritten only when a way of reaching the conversation changed.</summary>
    private static bool SameRoute(StoredConversationReference a, StoredConversationReference b) =>
        a.ChannelId == b.ChannelId && a.ServiceUrl == b.ServiceUrl && a.UserId == b.UserId && a.UserName == b.UserName
        && a.BotId == b.BotId && a.BotName == b.BotName && a.TenantId == b.TenantId
        && a.ConversationType == b.ConversationType && a.Locale == b.Locale;

    private void PublishTyping(Activity inbound)
    {
        if (inbound.Type != ActivityTypes.Message) return;
        var typing = inbound.CreateReply();
        typing.Type = ActivityTypes.Typing;
        typing.Text = null;
        typing.InputHint = null;
        typing.Id = $"typing-{Guid.NewGuid():N}";
        typing.Timestamp = clock.GetUtcNow();
        hub.Publish(inbound.Conversation!.Id!, [new HistoryEntry(0, ActivityJson.Serialize(typing))]);
    }

    /// <summary>False (and <see cref="FollowUpPrompt.NotNow"/> says why) when the channel refused one of the replies.</summary>
    private async Task<bool> DeliverFollowUpAsync(FollowUpPrompt followUp, IReadOnlyList<Activity> replies, CancellationToken ct)
    {
        foreach (var reply in replies)
        {
            try
            {
                // Committed after delivery, so the transcript row gets the channel's id straight away.
                if (await external.SendAsync(reply, ct) is { Length: <= StorageLimits.IdLength } id) reply.Id = id;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "The channel refused follow-up {FollowUp} to {ConversationId}; the scheduler retries it.",
                    followUp.Item.Id, reply.Conversation?.Id);
                followUp.Delivery = null;
                followUp.NotNow = $"The channel refused the message: {ex.Message}";
                return false;
            }
        }
        return true;
    }

    /// <summary>The committed replies go out now, in order, behind any earlier reply of the conversation still
    /// undelivered; what the channel refuses stays in the outbox for the dispatcher.</summary>
    private async Task DeliverExternallyAsync(string conversationId, IReadOnlyList<OutboxItem> items, IReadOnlyList<TranscriptEntry> entries,
        long? inboundSequence, CancellationToken ct)
    {
        try
        {
            await outbox.DeliverClaimedAsync(items, entries, ct, inboundSequence);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Committed in the outbox: the dispatcher delivers them on its next pass.
            logger.LogWarning(ex, "Delivering the replies to {ConversationId} failed; the outbox retries them.", conversationId);
        }
    }

    private static ConversationRecord Next(ConversationRecord? record, Activity activity, string? state, DateTimeOffset now, long processed) => new()
    {
        Id = activity.Conversation!.Id!,
        ChannelId = activity.ChannelId ?? "",
        State = state,
        Locale = activity.Locale ?? record?.Locale,
        CreatedAt = record?.CreatedAt ?? now,
        UpdatedAt = now,
        TurnCount = (record?.TurnCount ?? 0) + 1,
        LastProcessedSequence = processed,
    };

    private static StoredConversationReference ReferenceFrom(Activity activity, DateTimeOffset now) => new()
    {
        ConversationId = activity.Conversation!.Id!,
        ChannelId = activity.ChannelId ?? "",
        ServiceUrl = activity.ServiceUrl ?? "",
        UserId = activity.From?.Id,
        UserName = activity.From?.Name,
        BotId = activity.Recipient?.Id,
        BotName = activity.Recipient?.Name,
        TenantId = activity.Conversation.TenantId,
        ConversationType = activity.Conversation.ConversationType,
        Locale = activity.Locale,
        LastActivityId = activity.Id,
        UpdatedAt = now,
    };

    private static void MarkFailed(BotDbContext db, string conversationId, string activityId, string error)
    {
        var item = new InboxItem { ConversationId = conversationId, ActivityId = activityId, ActivityJson = "" };
        var entry = db.Inbox.Attach(item);
        item.Status = InboxStatus.Failed;
        item.Error = error[..Math.Min(error.Length, 2000)];
        entry.Property(i => i.Status).IsModified = true;
        entry.Property(i => i.Error).IsModified = true;
    }
}
