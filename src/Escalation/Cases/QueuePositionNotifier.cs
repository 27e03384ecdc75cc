using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Escalation.Cases;

/// <summary>
/// Keeps waiting customers' place in the queue current: one pass recomputes the places of the queued cases (the
/// order of <see cref="CaseQueue.ListAsync"/>) and tells each customer whose place differs from the one they were last
/// told, with the expected wait and, outside staffed hours, when the team is back. A place is told once.
/// </summary>
public sealed class QueuePositionNotifier(
    IDbContextFactory<EscalationDbContext> factory,
    ICustomerConversations conversations,
    TimeProvider clock,
    IOptions<EscalationOptions> options)
{
    /// <summary>Takes the rolling average of this many recent takes.</summary>
    private const int RecentTakes = 20;

    private static readonly string[] InQueue = [.. CaseStatus.InQueue];
    private readonly StaffedSchedule _staffed = options.Value.FindStaffedHours();

    /// <summary>One pass; answers how many customers were told.</summary>
    public async Task<int> NotifyAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = factory.CreateDbContext();
        var queued = await db.Cases
            .Where(c => InQueue.Contains(c.Status))
            .InQueueOrder()
            .ToListAsync(ct);
        if (queued.Count == 0) return 0;

        var perCase = await AverageTimeToTakeAsync(db, ct);
        var staffedAgain = _staffed.StaffedAgainAt(now);
        var told = 0;
        for (var i = 0; i < queued.Count; i++)
        {
            var c = queued[i];
            var position = i + 1;
            if (c.LastToldPosition == position) continue;
            var notice = new QueuePositionNotice(c.Number, position, perCase * position, staffedAgain, c.FirstResponseDue);
            if (await conversations.NotifyAsync(c.ConversationId, notice, ct)) told++;
            // Stored even when the conversation is gone, so an unreachable customer is not retried every pass.
            c.LastToldPosition = position;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Taken or moved meanwhile: the change signal brings the next pass.
                db.ChangeTracker.Clear();
            }
        }
        return told;
    }

    /// <summary>How long recent cases waited to be taken, or <c>Escalation:AverageMinutesPerCase</c> before any take.</summary>
    private async Task<TimeSpan> AverageTimeToTakeAsync(EscalationDbContext db, CancellationToken ct)
    {
        var takes = await db.Events.AsNoTracking()
            .Where(e => e.Kind == CaseEventKinds.Taken)
            .OrderByDescending(e => e.Id)
            .Take(RecentTakes)
            .Join(db.Cases, e => e.CaseNumber, c => c.Number, (e, c) => new { e.At, c.OpenedAt })
            .ToListAsync(ct);
        var waits = takes.Select(t => t.At - t.OpenedAt).Where(w => w >= TimeSpan.Zero).ToList();
        return waits.Count == 0
            ? TimeSpan.FromMinutes(options.Value.AverageMinutesPerCase)
            : TimeSpan.FromTicks((long)waits.Average(w => w.Ticks));
    }
}
