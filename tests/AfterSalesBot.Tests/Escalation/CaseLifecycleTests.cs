using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Escalation;

/// <summary>Every status × every action: the allowed ones land where the table says, the rest throw and change nothing.</summary>
public sealed class CaseLifecycleTests
{
    private static readonly string Committed = Path.Combine(RepoPaths.Root, "docs", "case-lifecycle.dot");

    private static readonly CaseStatus[] Statuses =
    [
        CaseStatus.Queued, CaseStatus.Assigned, CaseStatus.WaitingOnCustomer, CaseStatus.WaitingOnApproval,
        CaseStatus.ActionPending, CaseStatus.Resolved, CaseStatus.Closed, CaseStatus.Reopened, CaseStatus.WithBot,
    ];

    private static readonly DateTimeOffset At = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private static readonly CaseDeadlines Deadlines = CaseDeadlines.From(new AfterSalesBot.Escalation.EscalationOptions());

    private static readonly Dictionary<string, Action<EscalatedCase>> Actions = new()
    {
        ["Take"] = c => c.Take("zhang"),
        ["Release"] = c => c.Release(),
        ["TransferToAgent"] = c => c.Transfer(TransferTarget.ToAgent("zhang")),
        ["TransferToTeam"] = c => c.Transfer(TransferTarget.ToTeam("kitchen")),
        ["AwaitCustomer"] = c => c.AwaitCustomer(),
        ["CustomerReplied"] = c => c.CustomerReplied(),
        ["RequestApproval"] = c => c.RequestApproval(),
        ["ApprovalDecided"] = c => c.ApprovalDecided(),
        ["StartAction"] = c => c.StartAction(At.AddHours(48)),
        ["Resolve"] = c => c.Resolve("Replaced the igniter", At),
        ["Close"] = c => c.Close(),
        ["Reopen"] = c => c.Reopen(Deadlines, At, 24, 48),
        ["HandBack"] = c => c.HandBack(HandBackSteps.ProposeRemedy, null),
        ["NeedsPerson"] = c => c.NeedsPerson(),
    };

    /// <summary>(from, action) → to; anything not listed is refused.</summary>
    private static readonly Dictionary<(CaseStatus From, string Action), CaseStatus> Allowed = new()
    {
        [(CaseStatus.Queued, "Take")] = CaseStatus.Assigned,
        [(CaseStatus.Queued, "TransferToTeam")] = CaseStatus.Queued,
        [(CaseStatus.Reopened, "Take")] = CaseStatus.Assigned,
        [(CaseStatus.Reopened, "TransferToTeam")] = CaseStatus.Reopened,
        [(CaseStatus.Assigned, "Release")] = CaseStatus.Queued,
        [(CaseStatus.Assigned, "TransferToAgent")] = CaseStatus.Assigned,
        [(CaseStatus.Assigned, "TransferToTeam")] = CaseStatus.Queued,
        [(CaseStatus.Assigned, "AwaitCustomer")] = CaseStatus.WaitingOnCustomer,
        [(CaseStatus.Assigned, "RequestApproval")] = CaseStatus.WaitingOnApproval,
        [(CaseStatus.Assigned, "StartAction")] = CaseStatus.ActionPending,
        [(CaseStatus.Assigned, "Resolve")] = CaseStatus.Resolved,
        [(CaseStatus.WaitingOnCustomer, "CustomerReplied")] = CaseStatus.Assigned,
        [(CaseStatus.WaitingOnCustomer, "TransferToAgent")] = CaseStatus.WaitingOnCustomer,
        [(CaseStatus.WaitingOnCustomer, "Resolve")] = CaseStatus.Resolved,
        [(CaseStatus.WaitingOnApproval, "ApprovalDecided")] = CaseStatus.Assigned,
        [(CaseStatus.WaitingOnApproval, "TransferToAgent")] = CaseStatus.WaitingOnApproval,
        [(CaseStatus.ActionPending, "TransferToAgent")] = CaseStatus.ActionPending,
        [(CaseStatus.ActionPending, "Resolve")] = CaseStatus.Resolved,
        [(CaseStatus.Resolved, "Close")] = CaseStatus.Closed,
        [(CaseStatus.Resolved, "Reopen")] = CaseStatus.Reopened,
        [(CaseStatus.Assigned, "HandBack")] = CaseStatus.WithBot,
        [(CaseStatus.WaitingOnCustomer, "HandBack")] = CaseStatus.WithBot,
        [(CaseStatus.WithBot, "NeedsPerson")] = CaseStatus.Assigned,
        [(CaseStatus.WithBot, "TransferToAgent")] = CaseStatus.WithBot,
        [(CaseStatus.WithBot, "StartAction")] = CaseStatus.ActionPending,
        [(CaseStatus.WithBot, "Resolve")] = CaseStatus.Resolved,
    };

    public static TheoryData<CaseStatus, string, CaseStatus> AllowedTransitions()
    {
        var data = new TheoryData<CaseStatus, string, CaseStatus>();
        foreach (var ((from, action), to) in Allowed) data.Add(from, action, to);
        return data;
    }

    public static TheoryData<CaseStatus, string> RefusedTransitions()
    {
        var data = new TheoryData<CaseStatus, string>();
        foreach (var from in Statuses)
            foreach (var action in Actions.Keys.Where(a => !Allowed.ContainsKey((from, a))))
                data.Add(from, action);
        return data;
    }

    /// <summary>A consistent case in that status: held statuses have an owner, queued ones none.</summary>
    private static EscalatedCase InStatus(CaseStatus status, string? assignee = "li") => new()
    {
        Number = "AS-20261122-0001", ConversationId = "conv-1", ChannelId = "webchat", Locale = "zh-CN", Sheet = CaseBuilders.FullSheet(),
        Status = status, Assignee = CaseStatuses.InQueue.Contains(status) ? null : assignee, Team = "kitchen", Priority = CasePriority.Normal,
    };


    [Theory]
    [MemberData(nameof(AllowedTransitions))]
    public void AllowedActionsMoveTheCase(CaseStatus from, string action, CaseStatus to)
    {
        var lifecycle = InStatus(from);

        Actions[action](lifecycle);

        Assert.Equal(to, lifecycle.Status);
        Assert.Equal(CaseStatuses.InQueue.Contains(to), lifecycle.Assignee is null);
    }

    [Theory]
    [MemberData(nameof(RefusedTransitions))]
    public void RefusedActionsThrowAndChangeNothing(CaseStatus from, string action)
    {
        var lifecycle = InStatus(from);
        var before = (lifecycle.Status, lifecycle.Assignee, lifecycle.Team, lifecycle.Outcome);

        var refused = Assert.Throws<CaseTransitionException>(() => Actions[action](lifecycle));

        Assert.Equal(("AS-20261122-0001", from), (refused.CaseNumber, refused.Status));
        Assert.Equal(action.StartsWith("Transfer", StringComparison.Ordinal) ? "Transfer" : action, refused.Action);
        Assert.Equal(before, (lifecycle.Status, lifecycle.Assignee, lifecycle.Team, lifecycle.Outcome));
    }

    [Fact]
    public void TheTablesCoverEveryStatusAndAction()
    {
        Assert.Equal(Statuses.Length * Actions.Count, AllowedTransitions().Count + RefusedTransitions().Count);
        Assert.Equal(26, Allowed.Count);
    }

    [Fact]
    public void GuardsRefuseAnInconsistentAssignee()
    {
        Assert.Throws<CaseTransitionException>(() => new EscalatedCase
        {
            Number = "AS-1", ConversationId = "c", ChannelId = "webchat", Locale = "en", Sheet = CaseBuilders.FullSheet(), Status = CaseStatus.Queued, Assignee = "li",
        }.Take("zhang"));
        Assert.Throws<CaseTransitionException>(() => InStatus(CaseStatus.Assigned, assignee: null).Release());
        Assert.False(new EscalatedCase
        {
            Number = "AS-1", ConversationId = "c", ChannelId = "webchat", Locale = "en", Sheet = CaseBuilders.FullSheet(), Status = CaseStatus.Reopened, Assignee = "li",
        }.CanTake);
        Assert.True(InStatus(CaseStatus.Reopened).CanTake);
    }

    [Fact]
    public void TransfersToAColleagueOrToATeamsQueue()
    {
        var toColleague = InStatus(CaseStatus.Assigned);
        toColleague.Transfer(TransferTarget.ToAgent("zhang"));
        Assert.Equal((CaseStatus.Assigned, "zhang", "kitchen"), (toColleague.Status, toColleague.Assignee, toColleague.Team));

        var toTeam = InStatus(CaseStatus.Assigned);
        toTeam.Transfer(TransferTarget.ToTeam("laundry"));
        Assert.Equal((CaseStatus.Queued, null, "laundry"), (toTeam.Status, toTeam.Assignee, toTeam.Team));
    }

    [Fact]
    public void ResolveRecordsTheOutcomeAndReopenClearsIt()
    {
        var lifecycle = InStatus(CaseStatus.Assigned);
        lifecycle.Resolve("Refunded", At);
        Assert.Equal((CaseStatus.Resolved, "Refunded", At), (lifecycle.Status, lifecycle.Outcome, lifecycle.ResolvedAt));

        var before = lifecycle.Reopen(Deadlines, At.AddDays(3), 24, 48);
        Assert.Equal((CaseStatus.Reopened, null, null, null), (lifecycle.Status, lifecycle.Outcome, lifecycle.Assignee, lifecycle.ResolvedAt));
        Assert.Equal((CasePriority.Normal, CasePriority.Urgent), (before, lifecycle.Priority));
        Assert.Equal((At.AddDays(3).AddHours(24), At.AddDays(3).AddHours(48)), (lifecycle.FirstResponseDue, lifecycle.ResolutionDue));
        Assert.True(lifecycle.IsInQueue);
    }

    [Fact]
    public void AHandBackKeepsTheOwnerAndAPersonAgainGoesBackToThem()
    {
        var lifecycle = InStatus(CaseStatus.Assigned);
        lifecycle.HandBack(HandBackSteps.ProposeRemedy, null);
        Assert.Equal((CaseStatus.WithBot, "li", HandBackSteps.ProposeRemedy), (lifecycle.Status, lifecycle.Assignee, lifecycle.HandBackStep));

        lifecycle.NeedsPerson();
        Assert.Equal((CaseStatus.Assigned, "li", null), (lifecycle.Status, lifecycle.Assignee, lifecycle.HandBackStep));
    }

    [Fact]
    public void RaisingThePriorityTakesOneStepAndSafetyIsTheTop()
    {
        Assert.Equal(CasePriority.Urgent, CasePriorities.Raised(CasePriority.Normal));
        Assert.Equal(CasePriority.Urgent, CasePriorities.Raised(CasePriority.Urgent));
        Assert.Equal(CasePriority.Safety, CasePriorities.Raised(CasePriority.Safety));

        var withBot = InStatus(CaseStatus.WithBot);
        Assert.Equal(CasePriority.Normal, withBot.RaiseForSafety());
        Assert.Equal((CasePriority.Safety, CaseStatus.Assigned), (withBot.Priority, withBot.Status));
        Assert.Throws<CaseTransitionException>(() => InStatus(CaseStatus.Closed).RaiseForSafety());
    }

    [Fact]
    public void TheCommittedDiagramIsWhatTheMachineGenerates()
    {
        var generated = EscalatedCase.ToDotGraph();
        if (Environment.GetEnvironmentVariable("UPDATE_DIAGRAMS") == "1") File.WriteAllText(Committed, generated);

        Assert.True(File.Exists(Committed), "Run the tests once with UPDATE_DIAGRAMS=1 to write " + Committed);
        Assert.Equal(generated.ReplaceLineEndings(), File.ReadAllText(Committed).ReplaceLineEndings());
        Assert.Contains("IsAssigned", generated, StringComparison.Ordinal);
        Assert.Contains("IsUnassigned", generated, StringComparison.Ordinal);
    }
}
