using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Escalation.Cases;

/// <summary>What one pass of the monitor did.</summary>
public sealed record SlaCheckResult(int Warnings, int Breaches);

/// <summary>
/// Watches the promises made to customers (DOMAIN.md §8): warns before a first-response or resolution deadline,
/// and on a breach raises the case's priority and notifies a supervisor — "a higher level" (DOMAIN.md §2). A breach on a
/// safety case is told to the customer at once and alerts every supervisor on duty, each named in a
/// <see cref="CaseEventKinds.SupervisorNotified"/> event. Each warning and breach is recorded once, as case events, so a pass
/// can run as often as wanted.
/// </summary>
public sealed class SlaMonitor(IDbContextFactory<EscalationDbContext> factory, TimeProvider clock, IOptions<EscalationOptions> options,
    ICustomerConversations customers)
{
    private const string Actor = "sla-monitor";
    public const string FirstResponse = "first-response";
    public const string Resolution = "resolution";
    private static readonly CaseStatus[] Settled = [.. CaseStatuses.Settled];

    public async Task<SlaCheckResult> CheckAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var warnFrom = options.Value.SlaWarningBefore;
        await using var db = factory.CreateDbContext();
        var open = await db.Cases.Where(c => !Settled.Contains(c.Status)).ToListAsync(ct);
        if (open.Count == 0) return new SlaCheckResult(0, 0);

        var numbers = open.Select(c => c.Number).ToList();
        var raised = (await db.Events
                .Where(e => numbers.Contains(e.CaseNumber) && (e.Kind == CaseEventKinds.SlaWarning || e.Kind == CaseEventKinds.SlaBreached))
                .Select(e => new { e.CaseNumber, e.Kind, e.Detail })
                .ToListAsync(ct))
            .Select(e => (e.CaseNumber, e.Kind, e.Detail))
            .ToHashSet();

        IReadOnlyList<string>? supervisors = null;
        var safetyBreaches = new List<SafetyDeadlineMissedNotice>();
        var conversations = new Dictionary<string, string>();
        int warnings = 0, breaches = 0;
        foreach (var @case in open)
        {
            // The first response is owed while nobody has taken the case.
            if (@case.IsInQueue) await CheckAsync(@case, FirstResponse, @case.FirstResponseDue);
            await CheckAsync(@case, Resolution, @case.ResolutionDue);
        }
        await db.SaveChangesAsync(ct);
        // Told after the commit, so a customer never hears of a breach the desk did not record.
        foreach (var notice in safetyBreaches) await customers.NotifyAsync(conversations[notice.CaseNumber], notice, ct);
        return new SlaCheckResult(warnings, breaches);

        async Task CheckAsync(EscalatedCase @case, string deadline, DateTimeOffset due)
        {
            if (now > due)
            {
                if (raised.Contains((@case.Number, CaseEventKinds.SlaBreached, deadline))) return;
                @case.RaisePriority();
                Add(@case, CaseEventKinds.SlaBreached, deadline);
                breaches++;
                if (@case.Priority != CasePriority.Safety)
                {
                    Add(@case, CaseEventKinds.SupervisorNotified, $"{deadline} deadline {due:O} missed; priority now {@case.Priority}");
                    return;
                }
                // An emergency: every supervisor on duty at once, and the customer.
                supervisors ??= await StaffOnDuty.SupervisorsAsync(db, now, ct);
                foreach (var supervisor in supervisors)
                    Add(@case, CaseEventKinds.SupervisorNotified, $"{supervisor}: safety {deadline} deadline {due:O} missed");
                if (supervisors.Count == 0)
                    Add(@case, CaseEventKinds.SupervisorNotified, $"no supervisor on duty: safety {deadline} deadline {due:O} missed");
                safetyBreaches.Add(new SafetyDeadlineMissedNotice(@case.Number, due, supervisors.Count));
                conversations[@case.Number] = @case.ConversationId;
            }
            else if (now >= due - warnFrom && !raised.Contains((@case.Number, CaseEventKinds.SlaWarning, deadline)))
            {
                Add(@case, CaseEventKinds.SlaWarning, deadline);
                warnings++;
            }
        }

        void Add(EscalatedCase @case, string kind, string detail) =>
            db.Events.Add(new CaseEvent { CaseNumber = @case.Number, At = now, Kind = kind, Actor = Actor, Detail = detail });
    }
}
