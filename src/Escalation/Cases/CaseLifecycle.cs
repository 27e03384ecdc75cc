using Stateless;
using Stateless.Graph;

namespace AfterSalesBot.Escalation.Cases;

/// <summary>Where a case goes when it is transferred: to a colleague (who then owns it) or to a team's queue.</summary>
public sealed record TransferTarget
{
    private TransferTarget(string? agent, string? team) => (Agent, Team) = (agent, team);

    public string? Agent { get; }
    public string? Team { get; }

    public static TransferTarget ToAgent(string agent)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agent);
        return new(agent, null);
    }

    /// <summary>A team by product line; the case goes back to the queue, unassigned, for that team.</summary>
    public static TransferTarget ToTeam(string team)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(team);
        return new(null, team);
    }

    public override string ToString() => Agent ?? "team " + Team;
}

/// <summary>
/// The case lifecycle (issue 5, "Cases and the queue"): queued → assigned → waiting on the customer or on an
/// approval → resolved → closed, with release, transfer and reopen. The machine is rebuilt over the stored status
/// for each action; these methods are the only way a status, an assignee or a team changes, and an action the
/// current status does not allow throws <see cref="CaseTransitionException"/> and changes nothing.
/// </summary>
public sealed class CaseLifecycle
{
    private enum State
    {
        Queued,
        Assigned,
        WaitingOnCustomer,
        WaitingOnApproval,
        ActionPending,
        Resolved,
        Closed,
        Reopened,
        WithBot,
    }

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

    private readonly StateMachine<State, Trigger> _machine;
    private State _state;

    /// <param name="status">One of <see cref="CaseStatus"/>.</param>
    public CaseLifecycle(string caseNumber, string status, string? assignee = null, string? team = null)
    {
        ArgumentNullException.ThrowIfNull(caseNumber);
        if (!Enum.TryParse(status, ignoreCase: false, out _state) || !Enum.IsDefined(_state))
            throw new ArgumentException($"Case {caseNumber} has an unknown status '{status}'.", nameof(status));
        CaseNumber = caseNumber;
        Assignee = assignee;
        Team = team;
        _machine = new StateMachine<State, Trigger>(() => _state, s => _state = s);
        _machine.OnUnhandledTrigger((state, trigger, _) => throw new CaseTransitionException(CaseNumber, state.ToString(), ActionName(trigger)));

        _machine.Configure(State.Queued)
            .PermitIf(Trigger.Take, State.Assigned, IsUnassigned, nameof(IsUnassigned))
            .PermitReentry(Trigger.TransferToTeam);

        _machine.Configure(State.Reopened)
            .PermitIf(Trigger.Take, State.Assigned, IsUnassigned, nameof(IsUnassigned))
            .PermitReentry(Trigger.TransferToTeam);

        _machine.Configure(State.Assigned)
            .PermitIf(Trigger.Release, State.Queued, IsAssigned, nameof(IsAssigned))
            .PermitReentry(Trigger.TransferToAgent)
            .Permit(Trigger.TransferToTeam, State.Queued)
            .PermitIf(Trigger.AwaitCustomer, State.WaitingOnCustomer, IsAssigned, nameof(IsAssigned))
            .PermitIf(Trigger.RequestApproval, State.WaitingOnApproval, IsAssigned, nameof(IsAssigned))
            .PermitIf(Trigger.StartAction, State.ActionPending, IsAssigned, nameof(IsAssigned))
            .PermitIf(Trigger.Resolve, State.Resolved, IsAssigned, nameof(IsAssigned))
            .PermitIf(Trigger.HandBack, State.WithBot, IsAssigned, nameof(IsAssigned));

        _machine.Configure(State.WaitingOnCustomer)
            .Permit(Trigger.CustomerReplied, State.Assigned)
            .PermitReentry(Trigger.TransferToAgent)
            .PermitIf(Trigger.Resolve, State.Resolved, IsAssigned, nameof(IsAssigned))
            .PermitIf(Trigger.HandBack, State.WithBot, IsAssigned, nameof(IsAssigned));

        // The bot carries on at the step the owner chose; the owner stays responsible and takes over again if the
        // customer needs a person.
        _machine.Configure(State.WithBot)
            .Permit(Trigger.NeedsPerson, State.Assigned)
            .PermitReentry(Trigger.TransferToAgent)
            .Permit(Trigger.StartAction, State.ActionPending)
            .Permit(Trigger.Resolve, State.Resolved);

        _machine.Configure(State.WaitingOnApproval)
            .Permit(Trigger.ApprovalDecided, State.Assigned)
            .PermitReentry(Trigger.TransferToAgent);

        // Opened by an agreed remedy (or started by the owner): departments carry it out; done = resolved.
        _machine.Configure(State.ActionPending)
            .PermitReentry(Trigger.TransferToAgent)
            .Permit(Trigger.Resolve, State.Resolved);

        _machine.Configure(State.Resolved)
            .Permit(Trigger.Close, State.Closed)
            .Permit(Trigger.Reopen, State.Reopened);

        // Final: nothing is permitted.
        _machine.Configure(State.Closed);
    }

    public string CaseNumber { get; }

    /// <summary>One of <see cref="CaseStatus"/>.</summary>
    public string Status => _state.ToString();

    public string? Assignee { get; private set; }

    /// <summary>The team (product line) whose queue the case is in or who handles it.</summary>
    public string? Team { get; private set; }

    /// <summary>Set by <see cref="Resolve"/>, cleared by <see cref="Reopen"/>.</summary>
    public string? Outcome { get; private set; }

    public bool CanTake => _machine.CanFire(Trigger.Take);

    public bool IsInQueue => _state is State.Queued or State.Reopened;

    /// <summary>The agent owns the case (queued or reopened, unassigned).</summary>
    public void Take(string agent)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agent);
        _machine.Fire(Trigger.Take);
        Assignee = agent;
    }

    /// <summary>The owner gives the case back to the queue.</summary>
    public void Release()
    {
        _machine.Fire(Trigger.Release);
        Assignee = null;
    }

    /// <summary>To a colleague, who then owns it in the same status; or to a team's queue, unassigned.</summary>
    public void Transfer(TransferTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Agent is { } agent)
        {
            _machine.Fire(Trigger.TransferToAgent);
            Assignee = agent;
        }
        else
        {
            _machine.Fire(Trigger.TransferToTeam);
            Assignee = null;
            Team = target.Team;
        }
    }

    public void AwaitCustomer() => _machine.Fire(Trigger.AwaitCustomer);

    public void CustomerReplied() => _machine.Fire(Trigger.CustomerReplied);

    /// <summary>A remedy beyond the owner's authority goes to a supervisor.</summary>
    public void RequestApproval() => _machine.Fire(Trigger.RequestApproval);

    /// <summary>The supervisor decided (either way); the owner carries on.</summary>
    public void ApprovalDecided() => _machine.Fire(Trigger.ApprovalDecided);

    /// <summary>The customer agreed a remedy with the owner; departments are due to carry it out.</summary>
    public void StartAction() => _machine.Fire(Trigger.StartAction);

    /// <summary>The owner hands the conversation back to the bot; the bot carries on at the chosen step.</summary>
    public void HandBack() => _machine.Fire(Trigger.HandBack);

    /// <summary>With the bot after a hand-back, the customer needs a person again: back to the owner.</summary>
    public void NeedsPerson() => _machine.Fire(Trigger.NeedsPerson);

    public void Resolve(string outcome)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outcome);
        _machine.Fire(Trigger.Resolve);
        Outcome = outcome;
    }

    public void Close() => _machine.Fire(Trigger.Close);

    /// <summary>Back in the queue, unassigned, for whoever takes it next.</summary>
    public void Reopen()
    {
        _machine.Fire(Trigger.Reopen);
        Assignee = null;
        Outcome = null;
    }

    private bool IsAssigned() => Assignee is not null;

    private bool IsUnassigned() => Assignee is null;

    private static string ActionName(Trigger trigger) => trigger switch
    {
        Trigger.TransferToAgent or Trigger.TransferToTeam => "Transfer",
        _ => trigger.ToString(),
    };

    /// <summary>The diagram, generated from the machine itself (docs/case-lifecycle.dot is this output).</summary>
    public static string ToDotGraph() => UmlDotGraph.Format(new CaseLifecycle("diagram", CaseStatus.Queued)._machine.GetInfo());
}
