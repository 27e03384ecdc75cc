using Stateless;
using Stateless.Graph;

namespace AfterSalesBot.Escalation.Cases;

/// <summary>
/// The case lifecycle (issue 5, "Cases and the queue"; ADR 0016): queued → assigned → waiting on the customer or on an
/// approval → resolved → closed, with release, transfer, hand-back and reopen. The machine is built over the case's own
/// status for each transition (never shared); these methods are the only way a status, an owner, a team, an outcome or a
/// deadline changes, and a transition the status does not allow throws <see cref="CaseTransitionException"/> and
/// changes nothing.
/// </summary>
public sealed partial class EscalatedCase
{
    private enum Trigger
    {
        Take,
        Release,
        TransferToAgent,
        TransferToTeam,
        AwaitCustomer,
        CustomerReplied,
        RequestApproval,
        ApprovalDecided,
        StartAction,
        Resolve,
        Close,
        Reopen,
        HandBack,
        NeedsPerson,
    }

    public bool CanTake => Machine().CanFire(Trigger.Take);

    public bool IsInQueue => CaseStatuses.InQueue.Contains(Status);

    /// <summary>A person talks with the customer: the bot stays quiet.</summary>
    public bool PersonOwnsConversation => CaseStatuses.PersonOwnsConversation.Contains(Status);

    /// <summary>The agent owns the case (queued or reopened, unassigned).</summary>
    public void Take(string agent)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agent);
        Fire(Trigger.Take);
        _assignee = agent;
    }

    /// <summary>The owner gives the case back to the queue.</summary>
    public void Release()
    {
        Fire(Trigger.Release);
        _assignee = null;
    }

    /// <summary>To a colleague, who then owns it in the same status; or to a team's queue, unassigned.</summary>
    public void Transfer(TransferTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Agent is { } agent)
        {
            Fire(Trigger.TransferToAgent);
            _assignee = agent;
            return;
        }
        Fire(Trigger.TransferToTeam);
        _assignee = null;
        _team = target.Team;
    }

    public void AwaitCustomer() => Fire(Trigger.AwaitCustomer);

    public void CustomerReplied() => Fire(Trigger.CustomerReplied);

    /// <summary>A remedy beyond the owner's authority goes to a supervisor.</summary>
    public void RequestApproval() => Fire(Trigger.RequestApproval);

    /// <summary>The supervisor decided (either way); the owner carries on.</summary>
    public void ApprovalDecided() => Fire(Trigger.ApprovalDecided);

    /// <summary>The customer agreed a remedy; departments are due to carry it out by <paramref name="due"/>.</summary>
    public void StartAction(DateTimeOffset due)
    {
        Fire(Trigger.StartAction);
        _resolutionDue = due;
        ClearHandBack();
    }

    /// <summary>The owner hands the conversation back to the bot, which resumes at <paramref name="step"/> (one of
    /// <see cref="HandBackSteps"/>) with the agent's <paramref name="remedy"/>, if any.</summary>
    public void HandBack(string step, SheetRemedy? remedy)
    {
        if (!HandBackSteps.All.Contains(step)) throw new ArgumentException($"'{step}' is not a hand-back step.", nameof(step));
        Fire(Trigger.HandBack);
        HandBackStep = step;
        HandBackRemedy = remedy;
    }

    /// <summary>The bot takes the pending hand-back (step and remedy) and clears it; null when there is none.</summary>
    public (string Step, SheetRemedy? Remedy, string Agent)? ClaimHandBack()
    {
        if (this is not { Status: CaseStatus.WithBot, HandBackStep: { } step, Assignee: { } agent }) return null;
        var claimed = (step, HandBackRemedy, agent);
        ClearHandBack();
        return claimed;
    }

    /// <summary>With the bot after a hand-back, the customer needs a person again: back to the owner.</summary>
    public void NeedsPerson()
    {
        Fire(Trigger.NeedsPerson);
        ClearHandBack();
    }

    /// <summary>The owner takes the conversation back from the bot, whatever step the bot is at.</summary>
    public void TakeBack()
    {
        if (Status != CaseStatus.WithBot) throw new CaseTransitionException(Number, Status, "TakeBack");
        NeedsPerson();
    }

    public void Resolve(string outcome, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outcome);
        Fire(Trigger.Resolve);
        _outcome = outcome;
        _resolvedAt = at;
        ClearHandBack();
    }

    public void Close() => Fire(Trigger.Close);

    /// <summary>
    /// The remedy did not work (the console's "Reopen" and the follow-up's "not solved" alike): back in the queue,
    /// unassigned, without an outcome, a normal case raised to urgent, and a fresh first response and resolution owed.
    /// Answers the priority before the raise.
    /// </summary>
    public CasePriority Reopen(CaseDeadlines deadlines, DateTimeOffset now, int responseHours, int resolutionHours)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        Fire(Trigger.Reopen);
        _assignee = null;
        _outcome = null;
        _resolvedAt = null;
        ClearHandBack();
        var before = RaisePriority();
        _firstResponseDue = deadlines.Due(now, responseHours, Priority);
        _resolutionDue = deadlines.Due(now, resolutionHours, Priority);
        return before;
    }

    /// <summary>The one priority raise (a missed deadline, a reopen): a normal case becomes urgent; urgent and safety
    /// stay. Answers the priority before.</summary>
    public CasePriority RaisePriority()
    {
        var before = Priority;
        _priority = CasePriorities.Raised(before);
        return before;
    }

    /// <summary>A hazard reported on a case the customer already has: a safety case, and back before its owner if the bot
    /// was carrying it on. Refused once resolved or closed (the bot then opens a new one). Answers the priority before.</summary>
    public CasePriority RaiseForSafety()
    {
        if (CaseStatuses.Settled.Contains(Status)) throw new CaseTransitionException(Number, Status, "RaiseForSafety");
        var before = Priority;
        _priority = CasePriority.Safety;
        if (Status == CaseStatus.WithBot) NeedsPerson();
        return before;
    }

    /// <summary>When a person first wrote to the customer; false when that was already recorded.</summary>
    public bool RecordFirstResponse(DateTimeOffset at)
    {
        if (FirstRespondedAt is not null) return false;
        _firstRespondedAt = at;
        return true;
    }

    private void ClearHandBack()
    {
        HandBackStep = null;
        HandBackRemedy = null;
    }

    private void Fire(Trigger trigger) => Machine().Fire(trigger);

    private bool IsAssigned() => Assignee is not null;

    private bool IsUnassigned() => Assignee is null;

    private StateMachine<CaseStatus, Trigger> Machine()
    {
        var machine = new StateMachine<CaseStatus, Trigger>(() => _status, s => _status = s);
        machine.OnUnhandledTrigger((state, trigger, _) => throw new CaseTransitionException(Number, state, ActionName(trigger)));

        machine.Configure(CaseStatus.Queued)
            .PermitIf(Trigger.Take, CaseStatus.Assigned, IsUnassigned, nameof(IsUnassigned))
            .PermitReentry(Trigger.TransferToTeam);

        machine.Configure(CaseStatus.Reopened)
            .PermitIf(Trigger.Take, CaseStatus.Assigned, IsUnassigned, nameof(IsUnassigned))
            .PermitReentry(Trigger.TransferToTeam);

        machine.Configure(CaseStatus.Assigned)
            .PermitIf(Trigger.Release, CaseStatus.Queued, IsAssigned, nameof(IsAssigned))
            .PermitReentry(Trigger.TransferToAgent)
            .Permit(Trigger.TransferToTeam, CaseStatus.Queued)
            .PermitIf(Trigger.AwaitCustomer, CaseStatus.WaitingOnCustomer, IsAssigned, nameof(IsAssigned))
            .PermitIf(Trigger.RequestApproval, CaseStatus.WaitingOnApproval, IsAssigned, nameof(IsAssigned))
            .PermitIf(Trigger.StartAction, CaseStatus.ActionPending, IsAssigned, nameof(IsAssigned))
            .PermitIf(Trigger.Resolve, CaseStatus.Resolved, IsAssigned, nameof(IsAssigned))
            .PermitIf(Trigger.HandBack, CaseStatus.WithBot, IsAssigned, nameof(IsAssigned));

        machine.Configure(CaseStatus.WaitingOnCustomer)
            .Permit(Trigger.CustomerReplied, CaseStatus.Assigned)
            .PermitReentry(Trigger.TransferToAgent)
            .PermitIf(Trigger.Resolve, CaseStatus.Resolved, IsAssigned, nameof(IsAssigned))
            .PermitIf(Trigger.HandBack, CaseStatus.WithBot, IsAssigned, nameof(IsAssigned));

        // The bot carries on at the step the owner chose; the owner stays responsible and takes over again if the
        // customer needs a person.
        machine.Configure(CaseStatus.WithBot)
            .Permit(Trigger.NeedsPerson, CaseStatus.Assigned)
            .PermitReentry(Trigger.TransferToAgent)
            .Permit(Trigger.StartAction, CaseStatus.ActionPending)
            .Permit(Trigger.Resolve, CaseStatus.Resolved);

        machine.Configure(CaseStatus.WaitingOnApproval)
            .Permit(Trigger.ApprovalDecided, CaseStatus.Assigned)
            .PermitReentry(Trigger.TransferToAgent);

        // Opened by an agreed remedy (or started by the owner): departments carry it out; done = resolved.
        machine.Configure(CaseStatus.ActionPending)
            .PermitReentry(Trigger.TransferToAgent)
            .Permit(Trigger.Resolve, CaseStatus.Resolved);

        machine.Configure(CaseStatus.Resolved)
            .Permit(Trigger.Close, CaseStatus.Closed)
            .Permit(Trigger.Reopen, CaseStatus.Reopened);

        // Final: nothing is permitted.
        machine.Configure(CaseStatus.Closed);
        return machine;
    }

    private static string ActionName(Trigger trigger) => trigger switch
    {
        Trigger.TransferToAgent or Trigger.TransferToTeam => "Transfer",
        _ => trigger.ToString(),
    };

    /// <summary>The diagram, generated from the machine itself (docs/case-lifecycle.dot is this output).</summary>
    public static string ToDotGraph() => UmlDotGraph.Format(new EscalatedCase
    {
        Number = "diagram", ConversationId = "", ChannelId = "", Locale = "", Sheet = new CaseSheet { ConversationId = "" },
    }.Machine().GetInfo());
}
