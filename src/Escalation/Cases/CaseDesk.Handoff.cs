using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Escalation.Cases;

internal sealed partial class CaseDesk
{
    public async Task<CaseHandling?> GetHandlingAsync(string number, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(number);
        var wanted = number.Trim().ToUpperInvariant();
        await using var db = factory.CreateDbContext();
        var c = await db.Cases.AsNoTracking().SingleOrDefaultAsync(x => x.Number == wanted, ct);
        if (c is null) return null;
        int? position = CaseStatuses.InQueue.Contains(c.Status) ? await QueuePositionAsync(db, c, ct) : null;
        return new CaseHandling(c.Number, c.Status, c.Assignee, position, c.Status == CaseStatus.WithBot ? c.HandBackStep : null,
            c.FirstResponseDue, _staffed.StaffedAgainAt(time.GetUtcNow()), c.Priority,
            c.Assignee is { } owner ? await StaffNames.DisplayNameAsync(db, owner, ct) : null);
    }

    /// <summary>A hand-back at "schedule the follow-up" schedules it <c>FollowUp:DelayHours</c> from now, the one follow-up
    /// delay (the deprecated <c>Escalation:FollowUpAfter</c> is read into it when it is the only one set).</summary>
    public Task<ClaimedHandBack?> ClaimHandBackAsync(string number, CancellationToken ct) =>
        queue.ClaimHandBackAsync(number, followUps.Value.Delay, ct);

    public Task<CaseActionResult> CustomerNeedsPersonAsync(string number, string why, CancellationToken ct) =>
        queue.CustomerNeedsPersonAsync(number, why, ct);

    public Task<CaseActionResult> RaiseForSafetyAsync(string number, string hazard, CancellationToken ct) =>
        queue.RaiseForSafetyAsync(number, hazard, ct);

    public Task<CaseActionResult> CustomerRepliedAsync(string number, CancellationToken ct) => queue.CustomerRepliedAsync(number, ct);
}
