using AfterSalesBot.Escalation.Data;
using AfterSalesBot.Escalation.FollowUps;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Escalation.Cases;

/// <summary>Why an action on a case was refused.</summary>
public enum CaseRefusal
{
    NotFound,

    /// <summary>Someone else took it first; <see cref="CaseActionResult.Holder"/> says who.</summary>
    AlreadyTaken,

    /// <summary>The agent already holds as many open cases as their capacity allows.</summary>
    AtCapacity,

    /// <summary>The case's status does not allow the action (e.g. releasing a resolved case).</summary>
    NotAllowed,

    /// <summary>Someone else changed the case at the same moment; look again.</summary>
    ChangedMeanwhile,
}

/// <summary>What came of an action on a case; <see cref="Reason"/> is a sentence for the person who tried.</summary>
public sealed record CaseActionResult(bool Succeeded, string? Reason = null, CaseRefusal? Refusal = null, string? Holder = null)
{
    public static CaseActionResult Done { get; } = new(true);

    internal static CaseActionResult Refused(CaseRefusal refusal, string reason, string? holder = null) => new(false, reason, refusal, holder);

    internal static CaseActionResult AlreadyTaken(string number, string holder) =>
        Refused(CaseRefusal.AlreadyTaken, $"Case {number} was already taken by {holder}.", holder);
}

/// <summary>A case waiting in the queue, as the queue lists it.</summary>
public sealed record QueuedCase(string Number, CasePriority Priority, CaseStatus Status, string? Team, EscalationReason? Reason,
    DateTimeOffset OpenedAt, DateTimeOffset FirstResponseDue, DateTimeOffset ResolutionDue);

/// <summary>
/// The queue of cases and what staff do with them. Every action loads the case, moves it through
/// its own transitions (<see cref="EscalatedCase"/>) and appends its <see cref="CaseEvent"/> in one transaction; the case's
/// <see cref="EscalatedCase.Version"/> makes a concurrent change fail instead of overwrite, so a case is taken
/// exactly once.
/// </summary>
public sealed partial class CaseQueue(IDbContextFactory<EscalationDbContext> factory, TimeProvider time, CaseChanges changes,
    IOptions<FollowUpOptions> followUps, IOptions<EscalationOptions> escalation)
{
    private static readonly CaseStatus[] InQueue = [.. CaseStatuses.InQueue];
    private static readonly CaseStatus[] Held = [.. CaseStatuses.Held];
    private readonly CaseDeadlines _deadlines = CaseDeadlines.From(escalation.Value);

    /// <summary>Queued and reopened cases: safety first, then urgent, then normal; within a priority, the earlier
    /// first-response deadline first.</summary>
    public async Task<IReadOnlyList<QueuedCase>> ListAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.Cases.AsNoTracking()
            .Where(c => InQueue.Contains(c.Status))
            .InQueueOrder()
            .Select(c => new QueuedCase(c.Number, c.Priority, c.Status, c.Team, c.Reason, c.OpenedAt, c.FirstResponseDue, c.ResolutionDue))
            .ToListAsync(ct);
    }

    /// <summary>The agent takes the case, unless someone has it already or the agent holds <paramref name="capacity"/>
    /// open cases.</summary>
    public Task<CaseActionResult> TakeAsync(string number, string agent, int capacity, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agent);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        return ChangeAsync(number, agent, CaseEventKinds.Taken, async (db, c) =>
        {
            if (Held.Contains(c.Status) && c.Assignee is { } holder)
                return Step.Refuse(CaseActionResult.AlreadyTaken(c.Number, holder));
            var held = await db.Cases.CountAsync(x => x.Assignee == agent && Held.Contains(x.Status), ct);
            if (held >= capacity)
                return Step.Refuse(CaseActionResult.Refused(CaseRefusal.AtCapacity,
                    $"{agent} already holds {held} open case(s); the capacity is {capacity}."));
            c.Take(agent);
            return Step.Done(agent);
        }, ct);
    }

    /// <summary>The case goes back to the queue, unassigned.</summary>
    public Task<CaseActionResult> ReleaseAsync(string number, string actor, CancellationToken ct) =>
        ChangeAsync(number, actor, CaseEventKinds.Released, (_, c) =>
        {
            var from = c.Assignee;
            c.Release();
            return Task.FromResult(Step.Done(from));
        }, ct);

    /// <summary>To a colleague, who then owns it; or to a team's queue (by product line), unassigned.</summary>
    public Task<CaseActionResult> TransferAsync(string number, string actor, TransferTarget target, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(target);
        return ChangeAsync(number, actor, CaseEventKinds.Transferred, (_, c) =>
        {
            var from = c.Assignee ?? c.Team ?? "queue";
            c.Transfer(target);
            return Task.FromResult(Step.Done($"{from} → {target}"));
        }, ct);
    }

    /// <summary>Resolved with the outcome; the follow-up asks the customer <c>FollowUp:DelayHours</c> later whether it worked
    /// (DOMAIN.md §2 step 6), or sooner if a question was already due earlier.</summary>
    public Task<CaseActionResult> ResolveAsync(string number, string actor, string outcome, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outcome);
        return ChangeAsync(number, actor, CaseEventKinds.Resolved, async (db, c) =>
        {
            var now = time.GetUtcNow();
            c.Resolve(outcome, now);
            var followUp = await FollowUpPlan.PlanAskAsync(db, c, now + followUps.Value.Delay, now, ct);
            return Step.Done(outcome) with { Then = followUp is null ? null : (CaseEventKinds.FollowUpScheduled, followUp) };
        }, ct);
    }

    /// <summary>The departments carried out the agreed remedy (a case in <see cref="CaseStatus.ActionPending"/>): resolved,
    /// and the follow-up is scheduled from now.</summary>
    public Task<CaseActionResult> MarkActionDoneAsync(string number, string actor, CancellationToken ct) =>
        ResolveAsync(number, actor, ActionDoneOutcome, ct);

    /// <summary>The outcome recorded when staff mark the agreed action done.</summary>
    public const string ActionDoneOutcome = "Agreed action carried out";

    /// <summary>Back in the queue exactly as the follow-up's "not solved" reopens it (<see cref="EscalatedCase.Reopen"/>): a normal
    /// case comes back urgent (the remedy failed once already), with fresh deadlines.</summary>
    public Task<CaseActionResult> ReopenAsync(string number, string actor, CancellationToken ct) =>
        ChangeAsync(number, actor, CaseEventKinds.Reopened, (_, c) =>
        {
            var before = c.Reopen(_deadlines, time.GetUtcNow(), followUps.Value.ReopenResponseHours, followUps.Value.ReopenResolutionHours);
            return Task.FromResult(Step.Done(before == c.Priority ? null : $"priority {before} → {c.Priority}"));
        }, ct);

    /// <param name="Then">An event that follows the action's own, e.g. the follow-up a resolution schedules.</param>
    private readonly record struct Step(CaseActionResult? Refusal, string? Detail, (string Kind, string Detail)? Then = null)
    {
        public static Step Refuse(CaseActionResult refusal) => new(refusal, null);

        public static Step Done(string? detail) => new(null, detail);
    }

    private async Task<CaseActionResult> ChangeAsync(string number, string actor, string kind,
        Func<EscalationDbContext, EscalatedCase, Task<Step>> change, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var wanted = number.Trim().ToUpperInvariant();
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var c = await db.Cases.SingleOrDefaultAsync(x => x.Number == wanted, ct);
        if (c is null) return CaseActionResult.Refused(CaseRefusal.NotFound, $"There is no case {wanted}.");

        Step step;
        try
        {
            step = await change(db, c);
        }
        catch (CaseTransitionException refused)
        {
            return CaseActionResult.Refused(CaseRefusal.NotAllowed, refused.Message);
        }
        if (step.Refusal is { } refusal) return refusal;

        db.Events.Add(new CaseEvent { CaseNumber = c.Number, At = time.GetUtcNow(), Kind = kind, Actor = actor, Detail = step.Detail });
        if (step.Then is var (thenKind, thenDetail))
            db.Events.Add(new CaseEvent { CaseNumber = c.Number, At = time.GetUtcNow(), Kind = thenKind, Actor = actor, Detail = thenDetail });
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ChangedMeanwhileAsync(wanted, kind, ct);
        }
        changes.Raise(c.Number, kind);
        return CaseActionResult.Done;
    }

    /// <summary>Someone else's change to the case committed first: say who has it now, if someone took it.</summary>
    private async Task<CaseActionResult> ChangedMeanwhileAsync(string number, string kind, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var now = await db.Cases.AsNoTracking().Where(c => c.Number == number).Select(c => new { c.Status, c.Assignee }).SingleAsync(ct);
        return kind == CaseEventKinds.Taken && now.Assignee is { } holder
            ? CaseActionResult.AlreadyTaken(number, holder)
            : CaseActionResult.Refused(CaseRefusal.ChangedMeanwhile, $"Case {number} was changed by someone else meanwhile (now {now.Status}); look again.");
    }
}
