using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.FollowUps;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Escalation.Privacy;

public sealed partial class CasePrivacy
{
    /// <summary>One batch of retention: the person is removed from up to <paramref name="batch"/> cases finished (resolved
    /// or closed, nothing owed) before <paramref name="finishedBefore"/>. Answers how many; 0 when none are left. Two
    /// instances may run it at once: a case already anonymised is never picked again, and doing it twice changes nothing.</summary>
    public async Task<int> AnonymiseExpiredAsync(DateTimeOffset finishedBefore, int batch, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var numbers = await db.Cases.AsNoTracking()
            .Where(c => c.PersonalDataErasedAt == null && Finished.Contains(c.Status) && (c.ResolvedAt ?? c.OpenedAt) < finishedBefore
                && !db.FollowUps.Any(f => f.CaseNumber == c.Number && (f.Status == FollowUpStatuses.Pending || f.Status == FollowUpStatuses.Sending)))
            .OrderBy(c => c.OpenedAt).Select(c => c.Number).Take(batch).ToListAsync(ct);
        await AnonymiseAsync(db, numbers, ct);
        return numbers.Count;
    }

    /// <summary>Deletes up to <paramref name="batch"/> audit entries older than <paramref name="before"/>; answers how many.</summary>
    public async Task<int> PurgeAuditAsync(DateTimeOffset before, int batch, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var ids = await db.Audit.AsNoTracking().Where(a => a.At < before).OrderBy(a => a.Id).Select(a => a.Id).Take(batch).ToListAsync(ct);
        return ids.Count == 0 ? 0 : await db.Audit.Where(a => ids.Contains(a.Id)).ExecuteDeleteAsync(ct);
    }
}
