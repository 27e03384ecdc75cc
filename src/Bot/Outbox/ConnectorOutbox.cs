using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Outbox;

/// <summary>
/// Delivers committed replies to connector channels from the outbox: per conversation in sequence order (a later reply
/// never overtakes an earlier one that is still undelivered), each claimed first by a conditional update on its version
/// so that of several instances on one database only one sends it. A refusal schedules another attempt (exponential,
/// or the channel's Retry-After when longer); 403/404 or the attempt limit parks the reply. Every write (claims, outcomes,
/// releases, pruning) goes through the group writer, so the bot's database has one writer (ADR 0026).
/// </summary>
public sealed partial class ConnectorOutbox(
    IDbContextFactory<BotDbContext> factory,
    StoreWriter writer,
    IExternalChannelSender sender,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<ConnectorOutbox> logger)
{
    /// <summary>This instance's name on its claims.</summary>
    public string Instance { get; } = $"{Environment.ProcessId}-{Guid.NewGuid():N}";

    private OutboxOptions Options => options.Value;

    /// <summary>The outbox row for a reply's transcript row, to be committed with it.</summary>
    public static OutboxItem ItemFor(TranscriptEntry entry, DateTimeOffset now) => new()
    {
        ConversationId = entry.ConversationId,
        Sequence = entry.Sequence,
        ChannelId = entry.ChannelId,
        State = OutboxState.Pending,
        NextAttemptAt = now,
        CreatedAt = now,
    };

    /// <summary>Delivers the conversation's undelivered replies in order, stopping at the first that is not due, is
    /// held by another instance, or is refused. Returns how many were delivered.</summary>
    public async Task<int> DeliverConversationAsync(string conversationId, CancellationToken ct)
    {
        var delivered = 0;
        while (true)
        {
            OutboxItem? head;
            await using (var db = factory.CreateDbContext())
            {
                head = await db.Outbox.AsNoTracking()
                    .Where(o => o.ConversationId == conversationId && (o.State == OutboxState.Pending || o.State == OutboxState.Failed))
                    .OrderBy(o => o.Sequence).FirstOrDefaultAsync(ct);
            }
            if (head is null || !IsClaimable(head, clock.GetUtcNow())) return delivered;
            if (!await DeliverAsync(head, ct)) return delivered;
            delivered++;
        }
    }

    /// <summary>One pass: every conversation with a reply due (or held by a claim that ran out).</summary>
    /// <remarks>A reply held by a live claim is being sent by its holder (most often the instance whose turn wrote it, straight
    /// after the commit): its conversation is not visited for it, which spares a read per busy conversation per pass on every
    /// instance.</remarks>
    public async Task<int> DeliverDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        List<string> conversations;
        await using (var db = factory.CreateDbContext())
        {
            conversations = await db.Outbox.AsNoTracking()
                .Where(o => (o.State == OutboxState.Pending || o.State == OutboxState.Failed) && o.NextAttemptAt <= now
                    && (o.ClaimedUntil == null || o.ClaimedUntil <= now))
                .Select(o => o.ConversationId).Distinct()
                // An order, so a backlog beyond one pass is taken in the same slices each time (and EF does not warn).
                .OrderBy(id => id).Take(1000).ToListAsync(ct);
        }
        var delivered = 0;
        await Parallel.ForEachAsync(conversations, new ParallelOptions { MaxDegreeOfParallelism = Options.Parallelism, CancellationToken = ct },
            async (id, token) => Interlocked.Add(ref delivered, await DeliverConversationAsync(id, token)));
        return delivered;
    }

    /// <summary>Deletes delivered rows finished more than <see cref="OutboxOptions.KeepDelivered"/> ago, at most
    /// <see cref="OutboxOptions.PruneBatchSize"/> per statement until none is left. Parked and undelivered rows stay.
    /// Returns how many were deleted.</summary>
    public async Task<int> PruneDeliveredAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow() - Options.KeepDelivered;
        var deleted = 0;
        while (true)
        {
            // FinishAsync sets NextAttemptAt to the finish time too, so the (State, NextAttemptAt) index finds them.
            var rows = await writer.WriteAsync(db => db.Outbox
                .Where(o => o.State == OutboxState.Delivered && o.NextAttemptAt < cutoff && o.FinishedAt < cutoff)
                .OrderBy(o => o.ConversationId).ThenBy(o => o.Sequence).Take(Options.PruneBatchSize)
                .ExecuteDeleteAsync(CancellationToken.None), ct);
            deleted += rows;
            if (rows < Options.PruneBatchSize) break;
        }
        if (deleted > 0) LogPruned(logger, deleted, cutoff);
        return deleted;
    }

    /// <summary>Counts by state, for the admin endpoint.</summary>
    public async Task<Dictionary<string, int>> CountAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var counts = await db.Outbox.AsNoTracking().GroupBy(o => o.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return Enum.GetValues<OutboxState>().ToDictionary(s => s.ToString(), s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
    }

    private static bool IsClaimable(OutboxItem item, DateTimeOffset now) =>
        item.NextAttemptAt <= now && (item.ClaimedUntil is null || item.ClaimedUntil <= now);

    /// <summary>Claims, sends and records the outcome of one reply. True when the channel accepted it.</summary>
    private async Task<bool> DeliverAsync(OutboxItem item, CancellationToken ct)
    {
        var claimed = await ClaimAsync(item, ct);
        if (claimed is not { } version) return false;
        await using var held = Hold(item.ConversationId, [item.Sequence], version);
        var attempts = item.Attempts + 1;

        string? json;
        await using (var db = factory.CreateDbContext())
        {
            json = await db.Transcript.AsNoTracking().Where(t => t.ConversationId == item.ConversationId && t.Sequence == item.Sequence)
                .Select(t => t.ActivityJson).FirstOrDefaultAsync(ct);
        }
        var activity = json is null ? null : ActivityJson.Deserialize(json);
        if (activity is null)
        {
            await FinishAsync(item, version, OutboxState.Parked, null, "The reply is missing from the transcript.", ct);
            LogParked(logger, item.ConversationId, item.Sequence, attempts, "missing from the transcript");
            return false;
        }
        return await SendClaimedAsync(item, version, attempts, activity, ct);
    }

    /// <summary>Sends a reply this instance holds and records the outcome: delivered (with the channel's id in the
    /// transcript, in the same transaction), retried later, or parked. True when the channel accepted it.</summary>
    private async Task<bool> SendClaimedAsync(OutboxItem item, int version, int attempts, Activity activity, CancellationToken ct)
    {
        var (sent, channelId) = await TrySendClaimedAsync(item, version, attempts, activity, ct);
        if (sent) await FinishDeliveredAsync([(item, version, activity, channelId)]);
        return sent;
    }

    /// <summary>Sends a reply this instance holds. A refusal is recorded at once (retried later, or parked); a success is
    /// returned with the channel's id for the caller to record.</summary>
    private async Task<(bool Sent, string? ChannelId)> TrySendClaimedAsync(OutboxItem item, int version, int attempts, Activity activity, CancellationToken ct)
    {
        string? channelId;
        try
        {
            channelId = await sender.SendAsync(activity, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var failure = OutboxFailure.From(ex);
            if (failure.Park || attempts >= Options.MaxAttempts)
            {
                await FinishAsync(item, version, OutboxState.Parked, null, failure.Error, CancellationToken.None);
                LogParked(logger, item.ConversationId, item.Sequence, attempts, failure.Error);
            }
            else
            {
                var next = clock.GetUtcNow() + failure.Delay(attempts, Options);
                await FinishAsync(item, version, OutboxState.Failed, next, failure.Error, CancellationToken.None);
                LogRetrying(logger, item.ConversationId, item.Sequence, attempts, next, failure.Error);
            }
            return (false, null);
        }
        return (true, channelId is { Length: <= StorageLimits.IdLength } ? channelId : null);
    }

    /// <summary>Delivered: each outbox row finished and, when the channel gave the reply an id (replies to connector
    /// channels have none until then) other than the one stored, the transcript keeps it, so an exported transcript names
    /// every activity as the channel does. All in one unit of work of the group writer, beside the turns; the rows of one
    /// conversation held at one version (a turn's replies) are finished by one statement (ADR 0041).</summary>
    /// <returns>How many of them were no longer this instance's to finish (their claim had run out and was taken).</returns>
    private async Task<int> FinishDeliveredAsync(IReadOnlyList<(OutboxItem Item, int Version, Activity Activity, string? ChannelId)> delivered)
    {
        if (delivered.Count == 0) return 0;
        var renamed = new List<(OutboxItem Item, string ChannelId, string Json)>();
        foreach (var (item, _, activity, channelId) in delivered)
        {
            // The transcript row already holds this id (and its JSON names it): writing it again would change nothing.
            if (channelId is null || channelId == activity.Id) continue;
            activity.Id = channelId;
            renamed.Add((item, channelId, ActivityJson.Serialize(activity)));
        }
        var held = delivered.GroupBy(d => (d.Item.ConversationId, d.Version))
            .SelectMany(g => g.Select(d => d.Item).Chunk(DeliveredOutcomeSql.MaxSequencesPerStatement).Select(items => (g.Key.Version, Items: items)))
            .ToList();
        var now = clock.GetUtcNow();
        // All of it in one round trip, batched with the other outcomes of the group (ADR 0046): the transcript updates
        // first, then one finishing statement per claimed version.
        var lost = await writer.WriteAsync(db =>
        {
            var sql = DeliveredOutcomeSql.For(db);
            var statements = new List<RawStatement>(renamed.Count + held.Count);
            foreach (var (item, channelId, json) in renamed) statements.Add(sql.SetChannelId(item.ConversationId, item.Sequence, channelId, json));
            foreach (var (version, items) in held)
                statements.Add(sql.Finish(items[0].ConversationId, Array.ConvertAll(items, i => i.Sequence), version, Instance, now));
            return statements;
        }, async (db, rows) =>
        {
            var notOurs = new List<OutboxItem>();
            for (var i = 0; i < held.Count; i++)
            {
                var (version, items) = held[i];
                if (rows[renamed.Count + i] < items.Length) notOurs.AddRange(await NotFinishedAsync(db, items, version));
            }
            return notOurs;
        }, CancellationToken.None);
        foreach (var item in lost) LogClaimLost(logger, item.ConversationId, item.Sequence, OutboxState.Delivered);
        return lost.Count;
    }

    /// <summary>Which of <paramref name="items"/> a finishing statement at <paramref name="version"/> left alone, read in its
    /// transaction: only that statement takes a row from the claimed version to the next one as delivered (a claim, a
    /// release or another instance's outcome always starts from a version of its own), so any other row was not ours.
    /// Only runs when a claim was lost.</summary>
    private static async Task<IEnumerable<OutboxItem>> NotFinishedAsync(BotDbContext db, OutboxItem[] items, int version)
    {
        var conversationId = items[0].ConversationId;
        var sequences = items.Select(i => i.Sequence).ToList();
        var finished = await db.Outbox.AsNoTracking()
            .Where(o => o.ConversationId == conversationId && sequences.Contains(o.Sequence)
                && o.Version == version + 1 && o.State == OutboxState.Delivered)
            .Select(o => o.Sequence).ToListAsync(CancellationToken.None);
        return items.Where(i => !finished.Contains(i.Sequence));
    }

    /// <summary>Undelivered, due and unclaimed (or its claim ran out) → held by this instance, in one conditional
    /// update. The item's version after the claim, or null when another instance was first.</summary>
    private async Task<int?> ClaimAsync(OutboxItem item, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var until = now + Options.ClaimLease;
        var rows = await writer.WriteAsync(db => db.Outbox
            .Where(o => o.ConversationId == item.ConversationId && o.Sequence == item.Sequence && o.Version == item.Version
                && (o.State == OutboxState.Pending || o.State == OutboxState.Failed)
                && o.NextAttemptAt <= now && (o.ClaimedUntil == null || o.ClaimedUntil <= now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.ClaimedBy, Instance)
                .SetProperty(o => o.ClaimedUntil, until)
                .SetProperty(o => o.Attempts, o => o.Attempts + 1)
                .SetProperty(o => o.Version, o => o.Version + 1), CancellationToken.None), ct);
        return rows == 1 ? item.Version + 1 : null;
    }

    /// <summary>Records the outcome, conditional on the claim still being ours (a claim that ran out and was taken
    /// over by another instance is not overwritten).</summary>
    private async Task FinishAsync(OutboxItem item, int version, OutboxState state, DateTimeOffset? next, string? error, CancellationToken ct)
    {
        var finish = Finish(state, next, error);
        var rows = await writer.WriteAsync(db => FinishedRow(db, item, version).ExecuteUpdateAsync(finish, CancellationToken.None), ct);
        if (rows == 0) LogClaimLost(logger, item.ConversationId, item.Sequence, state);
    }

    private IQueryable<OutboxItem> FinishedRow(BotDbContext db, OutboxItem item, int version) =>
        db.Outbox.Where(o => o.ConversationId == item.ConversationId && o.Sequence == item.Sequence && o.Version == version && o.ClaimedBy == Instance);

    private Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<OutboxItem>> Finish(OutboxState state, DateTimeOffset? next, string? error)
    {
        var now = clock.GetUtcNow();
        DateTimeOffset? finished = state is OutboxState.Delivered or OutboxState.Parked ? now : null;
        var nextAttempt = next ?? now;
        return s => s
            .SetProperty(o => o.State, state)
            .SetProperty(o => o.NextAttemptAt, nextAttempt)
            .SetProperty(o => o.LastError, error)
            .SetProperty(o => o.FinishedAt, finished)
            .SetProperty(o => o.ClaimedBy, (string?)null)
            .SetProperty(o => o.ClaimedUntil, (DateTimeOffset?)null)
            .SetProperty(o => o.Version, o => o.Version + 1);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reply {Sequence} to {ConversationId} parked after {Attempts} attempts: {Error}")]
    private static partial void LogParked(ILogger logger, string conversationId, long sequence, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply {Sequence} to {ConversationId} refused (attempt {Attempts}); next attempt at {Next}: {Error}")]
    private static partial void LogRetrying(ILogger logger, string conversationId, long sequence, int attempts, DateTimeOffset next, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} delivered outbox rows finished before {Cutoff}.")]
    private static partial void LogPruned(ILogger logger, int count, DateTimeOffset cutoff);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply {Sequence} to {ConversationId}: the claim ran out before recording {State}; another instance holds it.")]
    private static partial void LogClaimLost(ILogger logger, string conversationId, long sequence, OutboxState state);
}
