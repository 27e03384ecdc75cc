using AfterSalesBot.Bot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace AfterSalesBot.Bot.Data;

public sealed partial class StoreWriter
{
    /// <summary>What a failed group does: the writes that would fail again are tried alone, the others together.</summary>
    private async Task RecoverAsync(List<PendingWrite> batch, int isolations, Exception ex)
    {
        Interlocked.Increment(ref _failedGroupCommits);
        // One bad unit of work must not fail its neighbours, nor cost them a transaction each: across instances a
        // write colliding on a key or with the fence is routine (ADR 0028). Those writes are found and tried alone
        // (where they fail again with their own error, which the caller handles); the others commit together.
        HashSet<PendingWrite>? failing = null;
        if (isolations > 0)
        {
            try
            {
                failing = await FailingWritesAsync(batch);
            }
            catch (Exception search)
            {
                // The database itself is failing: no grouping can help, each write gets its own answer.
                logger.LogWarning(search, "Group commit of {Count} writes failed and so did looking for why; committing them one by one.", batch.Count);
                foreach (var write in batch) await CommitAsync([write]);
                return;
            }
        }
        if (failing is { Count: > 0 } && failing.Count < batch.Count)
        {
            logger.LogWarning(ex, "Group commit of {Count} writes failed ({Rows}); committing the {Failing} that collide alone and the others together.",
                batch.Count, RowsNamedBy(ex), failing.Count);
            await CommitAsync(batch.Where(w => !failing.Contains(w)).ToList(), isolations - 1);
            foreach (var write in batch.Where(failing.Contains)) await CommitAsync([write]);
        }
        else if (failing?.Count == batch.Count)
        {
            logger.LogWarning(ex, "Group commit of {Count} writes failed ({Rows}), all colliding; committing them one by one.", batch.Count, RowsNamedBy(ex));
            foreach (var write in batch) await CommitAsync([write]);
        }
        else
        {
            // Nothing found (a collision with a row committed since, or a cause the search does not know): halve, in order.
            logger.LogWarning(ex, "Group commit of {Count} writes failed ({Rows}); committing it in two halves.", batch.Count, RowsNamedBy(ex));
            var half = batch.Count / 2;
            await CommitAsync(batch[..half], 0);
            await CommitAsync(batch[half..], 0);
        }
    }

    /// <summary>
    /// The writes of a failed group that would fail again, found without writing: an entity another write of the group
    /// already tracks under the same key (two writes handed one sequence), a row another instance committed under the
    /// key of a transcript entry, inbox or outbox item, conversation or reference being added, and a conversation update
    /// whose turn count moved (the fence of ADR 0028). One query per kind of row, after the failure only: the common
    /// group pays nothing. Engine-neutral, unlike reading which row a constraint error names. A collision with a row
    /// committed after these queries is not found; the group then fails again and is halved.
    /// </summary>
    private async Task<HashSet<PendingWrite>> FailingWritesAsync(IReadOnlyList<PendingWrite> batch)
    {
        var failing = new HashSet<PendingWrite>();
        await using var db = factory.CreateDbContext();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var owners = new Dictionary<object, PendingWrite>(ReferenceEqualityComparer.Instance);
        PendingWrite? applying = null;
        db.ChangeTracker.Tracked += (_, e) => owners.TryAdd(e.Entry.Entity, applying!);
        foreach (var write in batch)
        {
            if (write.Apply is null) continue; // statements touch committed rows only and insert nothing
            applying = write;
            try
            {
                write.Apply(db);
            }
            catch (InvalidOperationException)
            {
                failing.Add(write); // "cannot be tracked because another instance with the same key value …"
            }
        }
        var entries = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList();
        void Fail(EntityEntry entry) => failing.Add(owners[entry.Entity]);

        var transcript = Added<TranscriptEntry>(entries);
        if (transcript.Count > 0)
        {
            var ids = transcript.Select(t => t.Entity.ConversationId).Distinct().ToList();
            var sequences = transcript.Select(t => t.Entity.Sequence).Distinct().ToList();
            var taken = (await db.Transcript.AsNoTracking().Where(t => ids.Contains(t.ConversationId) && sequences.Contains(t.Sequence))
                .Select(t => new { t.ConversationId, t.Sequence }).ToListAsync()).Select(t => (t.ConversationId, t.Sequence)).ToHashSet();
            foreach (var t in transcript.Where(t => taken.Contains((t.Entity.ConversationId, t.Entity.Sequence)))) Fail(t);
        }

        var inbox = Added<InboxItem>(entries);
        if (inbox.Count > 0)
        {
            var ids = inbox.Select(i => i.Entity.ConversationId).Distinct().ToList();
            var activities = inbox.Select(i => i.Entity.ActivityId).Distinct().ToList();
            var taken = (await db.Inbox.AsNoTracking().Where(i => ids.Contains(i.ConversationId) && activities.Contains(i.ActivityId))
                .Select(i => new { i.ConversationId, i.ActivityId }).ToListAsync()).Select(i => (i.ConversationId, i.ActivityId)).ToHashSet();
            foreach (var i in inbox.Where(i => taken.Contains((i.Entity.ConversationId, i.Entity.ActivityId)))) Fail(i);
        }

        var outbox = Added<OutboxItem>(entries);
        if (outbox.Count > 0)
        {
            var ids = outbox.Select(o => o.Entity.ConversationId).Distinct().ToList();
            var sequences = outbox.Select(o => o.Entity.Sequence).Distinct().ToList();
            var taken = (await db.Outbox.AsNoTracking().Where(o => ids.Contains(o.ConversationId) && sequences.Contains(o.Sequence))
                .Select(o => new { o.ConversationId, o.Sequence }).ToListAsync()).Select(o => (o.ConversationId, o.Sequence)).ToHashSet();
            foreach (var o in outbox.Where(o => taken.Contains((o.Entity.ConversationId, o.Entity.Sequence)))) Fail(o);
        }

        var conversations = entries.Where(e => e.Entity is ConversationRecord).ToList();
        if (conversations.Count > 0)
        {
            var ids = conversations.Select(c => ((ConversationRecord)c.Entity).Id).Distinct().ToList();
            var turnCounts = await db.Conversations.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.TurnCount);
            foreach (var c in conversations)
            {
                var found = turnCounts.TryGetValue(((ConversationRecord)c.Entity).Id, out var turnCount);
                var fenced = c.State == EntityState.Added
                    ? found
                    : !found || turnCount != (long)c.Property(nameof(ConversationRecord.TurnCount)).OriginalValue!;
                if (fenced) Fail(c);
            }
        }

        var references = Added<StoredConversationReference>(entries);
        if (references.Count > 0)
        {
            var ids = references.Select(r => r.Entity.ConversationId).Distinct().ToList();
            var taken = (await db.ConversationReferences.AsNoTracking().Where(r => ids.Contains(r.ConversationId))
                .Select(r => r.ConversationId).ToListAsync()).ToHashSet();
            foreach (var r in references.Where(r => taken.Contains(r.Entity.ConversationId))) Fail(r);
        }
        return failing;
    }

    private static List<EntityEntry<T>> Added<T>(List<EntityEntry> entries) where T : class =>
        entries.Where(e => e.State == EntityState.Added && e.Entity is T).Select(e => e.Context.Entry((T)e.Entity)).ToList();
}
