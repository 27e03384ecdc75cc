using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Escalation.Cases;

/// <summary>A hand-back the bot claimed: resume at <paramref name="Step"/> (one of <see cref="HandBackSteps"/>).</summary>
/// <param name="Agent">The owner's user name (the ledger's "offered by").</param>
/// <param name="FollowUpDue">Set for <see cref="HandBackSteps.ScheduleFollowUp"/>: when the follow-up is due.</param>
/// <param name="AgentName">The owner's display name, what the customer is told.</param>
public sealed record ClaimedHandBack(string Number, string Step, SheetRemedy? Remedy, string Agent, DateTimeOffset? FollowUpDue, string AgentName);

/// <summary>The live handoff (issue 5): the owner talks with the customer, hands the conversation back to the bot at
/// a chosen step, and gets it back when the customer needs a person again.</summary>
public sealed partial class CaseQueue
{
    private const string Customer = "customer";

    /// <summary>The owner hands the conversation back to the bot, which resumes at <paramref name="step"/> (one of
    /// <see cref="HandBackSteps"/>) on its next turn, with the agent's <paramref name="remedy"/> if given.</summary>
    public Task<CaseActionResult> HandBackAsync(string number, string agent, string step, SheetRemedy? remedy, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agent);
        if (step == HandBackSteps.RecordAgreement && remedy is null)
            throw new ArgumentException("Recording an agreement needs the remedy the customer agreed to.", nameof(remedy));
        return ChangeAsync(number, agent, CaseEventKinds.HandedBack, (_, c) =>
        {
            if (NotTheOwner(c, agent) is { } refused) return Task.FromResult(Step.Refuse(refused));
            c.HandBack(step, remedy);
            return Task.FromResult(Step.Done(remedy is null ? step : $"{step}: {remedy.Kind} {remedy.Description}"));
        }, ct);
    }

    /// <summary>The owner asked the customer something and waits for the answer.</summary>
    public Task<CaseActionResult> AwaitCustomerAsync(string number, string agent, CancellationToken ct) =>
        ChangeAsync(number, agent, CaseEventKinds.AwaitingCustomer, (_, c) =>
        {
            if (NotTheOwner(c, agent) is { } refused) return Task.FromResult(Step.Refuse(refused));
            c.AwaitCustomer();
            return Task.FromResult(Step.Done(null));
        }, ct);

    /// <summary>Records when a person first wrote to the customer; later messages change nothing.</summary>
    public Task<CaseActionResult> RecordFirstResponseAsync(string number, string agent, CancellationToken ct) =>
        ChangeAsync(number, agent, CaseEventKinds.FirstResponse, (_, c) =>
        {
            // Already answered: nothing to record (a "refusal" that reports success and writes nothing).
            if (!c.RecordFirstResponse(time.GetUtcNow())) return Task.FromResult(Step.Refuse(CaseActionResult.Done));
            return Task.FromResult(Step.Done(null));
        }, ct);

    /// <summary>The customer answered while the owner waited for them.</summary>
    public Task<CaseActionResult> CustomerRepliedAsync(string number, CancellationToken ct) =>
        ChangeAsync(number, Customer, CaseEventKinds.CustomerReplied, (_, c) =>
        {
            c.CustomerReplied();
            return Task.FromResult(Step.Done(null));
        }, ct);

    /// <summary>With the bot after a hand-back, the customer needs a person again: back to the same owner.</summary>
    public Task<CaseActionResult> CustomerNeedsPersonAsync(string number, string why, CancellationToken ct) =>
        ChangeAsync(number, Customer, CaseEventKinds.NeedsPerson, (_, c) =>
        {
            c.NeedsPerson();
            return Task.FromResult(Step.Done(why));
        }, ct);

    /// <summary>The owner takes the conversation back from the bot (WithBot → Assigned), whatever step the bot is at; a
    /// hand-back the bot has not claimed yet is dropped. The bot hears it on the customer's next turn.</summary>
    public Task<CaseActionResult> TakeBackAsync(string number, string agent, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agent);
        return ChangeAsync(number, agent, CaseEventKinds.TakenBack, (_, c) =>
        {
            if (NotTheOwner(c, agent) is { } refused) return Task.FromResult(Step.Refuse(refused));
            c.TakeBack();
            return Task.FromResult(Step.Done(null));
        }, ct);
    }

    /// <summary>A safety hazard reported on a case the customer already has: the case becomes a safety case and, if the
    /// bot was carrying it on after a hand-back, goes back before its owner (WithBot → Assigned). Refused once the case is
    /// resolved or closed (the bot then opens a new one).</summary>
    public Task<CaseActionResult> RaiseForSafetyAsync(string number, string hazard, CancellationToken ct) =>
        ChangeAsync(number, Customer, CaseEventKinds.PriorityRaised, (_, c) =>
        {
            var before = c.RaiseForSafety();
            return Task.FromResult(Step.Done($"{CasePriorities.Safety} {hazard}: {before} → {CasePriority.Safety}"));
        }, ct);

    /// <summary>Takes the pending hand-back and clears it in one change, so of two claims only one gets it (the
    /// case's <see cref="EscalatedCase.Version"/>); null when there is none (or someone else claimed it).</summary>
    public async Task<ClaimedHandBack?> ClaimHandBackAsync(string number, TimeSpan followUpAfter, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        var wanted = number.Trim().ToUpperInvariant();
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var c = await db.Cases.SingleOrDefaultAsync(x => x.Number == wanted, ct);
        if (c?.ClaimHandBack() is not { } claimed) return null;
        var (step, remedy, agent) = claimed;

        var now = time.GetUtcNow();
        var claim = new ClaimedHandBack(c.Number, step, remedy, agent, step == HandBackSteps.ScheduleFollowUp ? now + followUpAfter : null,
            await StaffNames.DisplayNameAsync(db, agent, ct));
        db.Events.Add(new CaseEvent { CaseNumber = c.Number, At = now, Kind = CaseEventKinds.HandBackClaimed, Actor = "bot", Detail = step });
        if (claim.FollowUpDue is { } due)
        {
            db.Events.Add(new CaseEvent
            {
                CaseNumber = c.Number, At = now, Kind = CaseEventKinds.FollowUpRequested, Actor = agent,
                Detail = "due " + due.ToString("O", CultureInfo.InvariantCulture),
            });
            await FollowUps.FollowUpPlan.ScheduleAskAsync(db, c, due, now, agent, ct);
        }
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return null; // another turn claimed it first
        }
        changes.Raise(c.Number, CaseEventKinds.HandBackClaimed);
        return claim;
    }

    private static CaseActionResult? NotTheOwner(EscalatedCase c, string agent) =>
        c.Assignee is { } owner && owner != agent
            ? CaseActionResult.Refused(CaseRefusal.NotAllowed, $"Case {c.Number} is {owner}'s; only the owner can do that.", owner)
            : null;
}
