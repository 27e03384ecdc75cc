using AfterSalesBot.Escalation.Data;
using AfterSalesBot.Escalation.FollowUps;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Escalation.Cases;

/// <summary>The desk's backlog at an instant: cases waiting in the queue per priority, follow-ups due and not yet sent.</summary>
public sealed record DeskBacklogCounts(IReadOnlyDictionary<CasePriority, long> QueueByPriority, int FollowUpsDue);

/// <summary>The desk's backlog counts for the host's telemetry, read here so no other module queries the case tables.</summary>
public sealed class DeskBacklog(IDbContextFactory<EscalationDbContext> factory)
{
    private static readonly CaseStatus[] InQueue = [.. CaseStatuses.InQueue];

    public async Task<DeskBacklogCounts> CountAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var queue = await db.Cases.Where(c => InQueue.Contains(c.Status)).GroupBy(c => c.Priority)
            .Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct);
        var due = await db.FollowUps.CountAsync(f => f.Status == FollowUpStatuses.Pending && f.DueAt <= now, ct);
        return new DeskBacklogCounts(queue.ToDictionary(q => q.Key, q => q.Count), due);
    }
}
