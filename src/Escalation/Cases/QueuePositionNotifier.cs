using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Escalation.Cases;

/// <summary>
/// Keeps waiting customers' place in the queue current: one pass recomputes the places of the queued cases (the
/// order of <see cref="CaseQueue.ListAsync"/>) and tells each customer whose place differs from the one they were last
/// told, with the expected wait (<see cref="QueueWaitEstimate"/>) and, outside staffed hours, when the team is back.
/// A place is told once.
/// </summary>
public sealed class QueuePositionNotifier(
    IDbContextFactory<EscalationDbContext> factory,
    ICustomerConversations conversations,
    TimeProvider clock,
    IOptions<EscalationOptions> options)
{
    /// <summary>First responses this recent give the median per case.</summary>
    public static readonly TimeSpan History = TimeSpan.FromDays(7);

    /// <summary>A person who signed in to the console this recently counts as on duty (a shift; the console's default
    /// sign-in lifetime).</summary>
    public static readonly TimeSpan SignedInRecently = StaffOnDuty.SignedInRecently;

    /// <summary>Statuses in which a person is working the case with the customer right now.</summary>
    private static readonly CaseStatus[] Working = [.. CaseStatuses.PersonOwnsConversation];

    private static readonly CaseStatus[] InQueue = [.. CaseStatuses.InQueue];
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

        var median = await MedianFirstResponseAsync(db, now, ct);
        var agents = await AgentsOnDutyAsync(db, now, ct);
        var fallback = TimeSpan.FromMinutes(options.Value.AverageMinutesPerCase);
        var staffedAgain = _staffed.StaffedAgainAt(now);
        var told = 0;
        for (var i = 0; i < queued.Count; i++)
        {
            var c = queued[i];
            var position = i + 1;
            if (c.LastToldPosition == position) continue;
            var wait = QueueWaitEstimate.Estimate(position, median, agents, fallback, c.FirstResponseDue - now);
            var notice = new QueuePositionNotice(c.Number, position, wait, staffedAgain, c.FirstResponseDue, c.Priority);
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

    /// <summary>The median first response (FirstRespondedAt − OpenedAt) of cases first answered in the last
    /// <see cref="History"/>; null without any.</summary>
    private static async Task<TimeSpan?> MedianFirstResponseAsync(EscalationDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var since = now - History;
        var answered = await db.Cases.AsNoTracking()
            .Where(c => c.FirstRespondedAt != null && c.FirstRespondedAt >= since && c.FirstRespondedAt <= now)
            .Select(c => new { c.OpenedAt, c.FirstRespondedAt })
            .ToListAsync(ct);
        return QueueWaitEstimate.Median(answered
            .Select(a => a.FirstRespondedAt!.Value - a.OpenedAt)
            .Where(w => w >= TimeSpan.Zero));
    }

    /// <summary>
    /// Who is on duty: the people working a case with a customer now (Assigned, waiting on the customer or on an
    /// approval) together with the enabled Agent and Supervisor accounts that signed in within
    /// <see cref="SignedInRecently"/>; at least one.
    /// </summary>
    private static async Task<int> AgentsOnDutyAsync(EscalationDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var working = await db.Cases.AsNoTracking()
            .Where(c => Working.Contains(c.Status) && c.Assignee != null)
            .Select(c => c.Assignee!)
            .Distinct()
            .ToListAsync(ct);
        var recent = await StaffOnDuty.WithRolesAsync(db, now, [Staff.StaffRoles.Agent, Staff.StaffRoles.Supervisor], ct);
        return Math.Max(1, working.Union(recent, StringComparer.OrdinalIgnoreCase).Count());
    }
}
