using AfterSalesBot.Escalation.FollowUps;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Escalation.Console;

public sealed partial class CaseFiles
{
    /// <summary>The case's scheduled follow-ups, oldest first, and what came of them.</summary>
    public async Task<IReadOnlyList<ScheduledFollowUp>> FollowUpsAsync(string number, CancellationToken ct)
    {
        var wanted = number.Trim().ToUpperInvariant();
        await using var db = factory.CreateDbContext();
        return await db.FollowUps.AsNoTracking().Where(f => f.CaseNumber == wanted).OrderBy(f => f.CreatedAt).ThenBy(f => f.Id).ToListAsync(ct);
    }

    /// <summary>The case's follow-up answers (solved with the rating, not solved, unconfirmed), oldest first.</summary>
    public async Task<IReadOnlyList<FollowUpResult>> FollowUpResultsAsync(string number, CancellationToken ct)
    {
        var wanted = number.Trim().ToUpperInvariant();
        await using var db = factory.CreateDbContext();
        return await db.FollowUpResults.AsNoTracking().Where(r => r.CaseNumber == wanted).OrderBy(r => r.At).ToListAsync(ct);
    }

    /// <summary>Follow-ups the scheduler gave up on, newest first: a person has to reach these customers.</summary>
    public async Task<IReadOnlyList<ScheduledFollowUp>> ParkedFollowUpsAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.FollowUps.AsNoTracking().Where(f => f.Status == FollowUpStatuses.Parked)
            .OrderByDescending(f => f.FinishedAt).Take(100).ToListAsync(ct);
    }
}
