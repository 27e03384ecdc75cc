using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Privacy;

/// <summary>A conversation not yet erased whose last message is older than a cutoff, as the job pages through them.</summary>
public sealed record ExpiryCandidate(string Id, DateTimeOffset UpdatedAt);

public sealed partial class ConversationPrivacy
{
    /// <summary>The next page of conversations not erased and silent since before <paramref name="before"/>, in
    /// (last message, id) order after <paramref name="after"/>.</summary>
    public async Task<IReadOnlyList<ExpiryCandidate>> CandidatesAsync(DateTimeOffset before, ExpiryCandidate? after, int batch, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var query = db.Conversations.AsNoTracking().Where(c => c.ErasedAt == null && c.UpdatedAt < before);
        if (after is not null)
            query = query.Where(c => c.UpdatedAt > after.UpdatedAt || c.UpdatedAt == after.UpdatedAt && string.Compare(c.Id, after.Id) > 0);
        return await query.OrderBy(c => c.UpdatedAt).ThenBy(c => c.Id).Take(batch)
            .Select(c => new ExpiryCandidate(c.Id, c.UpdatedAt)).ToListAsync(ct);
    }

    /// <summary>Erases these expired conversations in one transaction. Each is claimed with a conditional update (not erased,
    /// no message since <paramref name="silentBefore"/>), so of two instances only one counts it, and a customer who came back
    /// meanwhile keeps theirs. Answers how many this call claimed.</summary>
    public async Task<int> EraseExpiredAsync(IReadOnlyCollection<string> ids, DateTimeOffset silentBefore, CancellationToken ct)
    {
        if (ids.Count == 0) return 0;
        var now = clock.GetUtcNow();
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.Conversations.Where(c => ids.Contains(c.Id) && c.ErasedAt == null && c.UpdatedAt < silentBefore)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.State, (string?)null).SetProperty(c => c.ErasedAt, now), ct);
        var erased = await db.Conversations.Where(c => ids.Contains(c.Id) && c.ErasedAt != null).Select(c => c.Id).ToListAsync(ct);
        await DeleteWholeAsync(db, erased, ct);
        await transaction.CommitAsync(ct);
        return claimed;
    }

    /// <summary>Direct Line conversations opened and never spoken in, older than <paramref name="before"/> (one batch).</summary>
    public async Task<int> DeleteUnusedDirectLineAsync(DateTimeOffset before, int batch, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var ids = await db.DirectLineConversations.Where(d => d.CreatedAt < before && !db.Conversations.Any(c => c.Id == d.Id))
            .OrderBy(d => d.CreatedAt).Select(d => d.Id).Take(batch).ToListAsync(ct);
        if (ids.Count == 0) return 0;
        await db.DirectLineAttachments.Where(a => ids.Contains(a.ConversationId)).ExecuteDeleteAsync(ct);
        return await db.DirectLineConversations.Where(d => ids.Contains(d.Id)).ExecuteDeleteAsync(ct);
    }

    /// <summary>Uploaded files (and data copies sent) older than <paramref name="before"/> (one batch).</summary>
    public async Task<int> DeleteUploadsAsync(DateTimeOffset before, int batch, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var ids = await db.DirectLineAttachments.Where(a => a.UploadedAt < before).OrderBy(a => a.UploadedAt).Select(a => a.Id).Take(batch).ToListAsync(ct);
        return ids.Count == 0 ? 0 : await db.DirectLineAttachments.Where(a => ids.Contains(a.Id)).ExecuteDeleteAsync(ct);
    }

    /// <summary>Uploaded files older than <paramref name="before"/> that neither the transcript nor the inbox of their
    /// conversation refers to (one batch). Files are stored in the transaction that accepts their message, so these are
    /// leftovers of earlier versions or of a failure between the two; nobody can be shown them.</summary>
    public async Task<int> DeleteOrphanedUploadsAsync(DateTimeOffset before, int batch, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var ids = await db.DirectLineAttachments
            .Where(a => a.UploadedAt < before
                && !db.Transcript.Any(t => t.ConversationId == a.ConversationId && t.ActivityJson.Contains(a.Id))
                && !db.Inbox.Any(i => i.ConversationId == a.ConversationId && i.ActivityJson.Contains(a.Id)))
            .OrderBy(a => a.UploadedAt).Select(a => a.Id).Take(batch).ToListAsync(ct);
        return ids.Count == 0 ? 0 : await db.DirectLineAttachments.Where(a => ids.Contains(a.Id)).ExecuteDeleteAsync(ct);
    }

    /// <summary>Inbox rows whose turn has run and outbox rows delivered or parked, older than <paramref name="before"/>
    /// (one batch of each). The transcript keeps the activities.</summary>
    public async Task<int> DeleteDeliveryRowsAsync(DateTimeOffset before, int batch, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var inbox = await db.Inbox.Where(i => i.ReceivedAt < before
                && db.Conversations.Any(c => c.Id == i.ConversationId && c.LastProcessedSequence >= i.Sequence))
            .OrderBy(i => i.ReceivedAt).Select(i => new { i.ConversationId, i.ActivityId }).Take(batch).ToListAsync(ct);
        var deleted = 0;
        foreach (var group in inbox.GroupBy(i => i.ConversationId))
        {
            var activities = group.Select(i => i.ActivityId).ToList();
            deleted += await db.Inbox.Where(i => i.ConversationId == group.Key && activities.Contains(i.ActivityId)).ExecuteDeleteAsync(ct);
        }
        OutboxState[] finished = [OutboxState.Delivered, OutboxState.Parked];
        var outbox = await db.Outbox.Where(o => finished.Contains(o.State) && o.CreatedAt < before)
            .OrderBy(o => o.CreatedAt).Select(o => new { o.ConversationId, o.Sequence }).Take(batch).ToListAsync(ct);
        foreach (var group in outbox.GroupBy(o => o.ConversationId))
        {
            var sequences = group.Select(o => o.Sequence).ToList();
            deleted += await db.Outbox.Where(o => o.ConversationId == group.Key && sequences.Contains(o.Sequence)).ExecuteDeleteAsync(ct);
        }
        return deleted;
    }
}
