using System.Globalization;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Escalation.FollowUps;

/// <summary>Adds, moves and cancels a case's follow-up items inside the caller's transaction (with the case change that
/// causes them), so a follow-up is scheduled exactly when its cause is committed.</summary>
internal static class FollowUpPlan
{
    /// <summary>The case statuses in which the bot may still ask the customer whether the remedy worked.</summary>
    public static readonly IReadOnlyList<CaseStatus> Open = [CaseStatus.ActionPending, CaseStatus.Resolved, CaseStatus.WithBot];

    /// <summary>Asks at <paramref name="due"/>; a pending question due later moves earlier (the action was done before
    /// the promised date), one due earlier stays. Records the <see cref="CaseEventKinds.FollowUpScheduled"/> event.</summary>
    public static async Task ScheduleAskAsync(EscalationDbContext db, EscalatedCase c, DateTimeOffset due, DateTimeOffset now, string actor,
        CancellationToken ct)
    {
        if (await PlanAskAsync(db, c, due, now, ct) is { } detail) AddEvent(db, c.Number, now, CaseEventKinds.FollowUpScheduled, actor, detail);
    }

    /// <summary>As <see cref="ScheduleAskAsync"/>, leaving the event to the caller: its detail, or null when nothing changed.</summary>
    public static async Task<string?> PlanAskAsync(EscalationDbContext db, EscalatedCase c, DateTimeOffset due, DateTimeOffset now, CancellationToken ct)
    {
        var pending = await db.FollowUps.Where(f => f.CaseNumber == c.Number && f.Kind == FollowUpKinds.Ask && f.Status == FollowUpStatuses.Pending)
            .ToListAsync(ct);
        if (pending.Count > 0)
        {
            var later = pending.Where(p => p.DueAt > due).ToList();
            foreach (var item in later)
            {
                item.DueAt = due;
                item.NextAttemptAt = due;
            }
            return later.Count > 0 ? "moved to " + Format(due) : null;
        }
        db.FollowUps.Add(New(c.Number, c.ConversationId, FollowUpKinds.Ask, due, now));
        return "due " + Format(due);
    }

    public static ScheduledFollowUp New(string caseNumber, string conversationId, string kind, DateTimeOffset due, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        CaseNumber = caseNumber,
        ConversationId = conversationId,
        Kind = kind,
        Status = FollowUpStatuses.Pending,
        CreatedAt = now,
        DueAt = due,
        NextAttemptAt = due,
    };

    /// <summary>The customer answered (or the case moved on): nothing more is sent for it.</summary>
    public static async Task CancelPendingAsync(EscalationDbContext db, string caseNumber, DateTimeOffset now, string why, CancellationToken ct)
    {
        var pending = await db.FollowUps.Where(f => f.CaseNumber == caseNumber && f.Status == FollowUpStatuses.Pending).ToListAsync(ct);
        foreach (var item in pending)
        {
            item.Status = FollowUpStatuses.Cancelled;
            item.FinishedAt = now;
            item.LastError = why;
        }
    }

    public static void AddEvent(EscalationDbContext db, string number, DateTimeOffset at, string kind, string actor, string? detail) =>
        db.Events.Add(new CaseEvent { CaseNumber = number, At = at, Kind = kind, Actor = actor, Detail = detail });

    private static string Format(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);
}
