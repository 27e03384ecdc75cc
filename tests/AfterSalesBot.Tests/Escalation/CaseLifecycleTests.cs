using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Escalation;

/// <summary>Every status × every action: the allowed ones land where the table says, the rest throw and change nothing.</summary>
public sealed class CaseLifecycleTests
{
    private static readonly string Committed = Path.Combine(RepoPaths.Root, "docs", "case-lifecycle.dot");

    private static readonly string[] Statuses =
    [
        CaseStatus.Queued, CaseStatus.Assigned, CaseStatus.WaitingOnCustomer, CaseStatus.WaitingOnApproval,
        CaseStatus.ActionPending, CaseStatus.Resolved, CaseStatus.Closed, CaseStatus.Reopened, CaseStatus.WithBot,
    ];

    private static readonly Dictionary<string, Action<CaseLifecycle>> Actions = new()
    {
        ["Take"] = c => c.Take("zhang"),
        ["Release"] = c => c.Release(),
        ["TransferToAgent"] = c => c.Transfer(TransferTarget.ToAgent("zhang")),
        ["TransferToTeam"] = c => c.Transfer(TransferTarget.ToTeam("kitchen")),
        ["AwaitCustomer"] = c => c.AwaitCustomer(),
        ["CustomerReplied"] = c => c.CustomerReplied(),
        ["RequestApproval"] = c => c.RequestApproval(),
        ["ApprovalDecided"] = c => c.ApprovalDecided(),
        ["StartAction"] = c => c.StartAction(),
        ["Resolve"] = c => c.Resolve("Replaced the igniter"),
        ["Close"] = c => c.Close(),
        ["Reopen"] = c => c.Reopen(),
        ["HandBack"] = c => c.HandBack(),
        ["NeedsPerson"] = c => c.NeedsPerson(),
    };

    /// <summary>(from, action) → to; anything not listed is refused.</summary>
    private static readonly Dictionary<(string From, string Action), string> Allowed = new()
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

    public static TheoryData<string, string, string> AllowedTransitions()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var ((from, action), to) in Allowed) data.Add(from, action, to);
        return data;
    }

    public static TheoryData<string, string> RefusedTransitions()
    {
        var data = new TheoryData<string, string>();
        foreach (var from in Statuses)
            foreach (var action in Actions.Keys.Where(a => !Allowed.ContainsKey((from, a))))
                data.Add(from, action);
        return data;
    }

    /// <summary>A consistent case in that status: held statuses have an owner, queued ones none.</summary>
    private static CaseLifecycle InStatus(string status) =>
        new("AS-20261122-0001", status, CaseStatus.InQueue.Contains(status) ? null : "li", "kitchen");

    [Theory]
    [MemberData(nameof(AllowedTransitions))]
    public void AllowedActionsMoveTheCase(string from, string action, string to)
    {
        var lifecycle = InStatus(from);

        Actions[action](lifecycle);

        Assert.Equal(to, lifecycle.Status);
        Assert.Equal(CaseStatus.InQueue.Contains(to), lifecycle.Assignee is null);
    }

    [Theory]
    [MemberData(nameof(RefusedTransitions))]
    public void RefusedActionsThrowAndChangeNothing(string from, string action)
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
        Assert.Throws<CaseTransitionException>(() => new CaseLifecycle("AS-1", CaseStatus.Queued, assignee: "li").Take("zhang"));
        Assert.Throws<CaseTransitionException>(() => new CaseLifecycle("AS-1", CaseStatus.Assigned).Release());
        Assert.False(new CaseLifecycle("AS-1", CaseStatus.Reopened, assignee: "li").CanTake);
        Assert.True(new CaseLifecycle("AS-1", CaseStatus.Reopened).CanTake);
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
        lifecycle.Resolve("Refunded");
        Assert.Equal((CaseStatus.Resolved, "Refunded"), (lifecycle.Status, lifecycle.Outcome));

        lifecycle.Reopen();
        Assert.Equal((CaseStatus.Reopened, null, null), (lifecycle.Status, lifecycle.Outcome, lifecycle.Assignee));
        Assert.True(lifecycle.IsInQueue);
    }

    [Fact]
    public void AHandBackKeepsTheOwnerAndAPersonAgainGoesBackToThem()
    {
        var lifecycle = InStatus(CaseStatus.Assigned);
        lifecycle.HandBack();
        Assert.Equal((CaseStatus.WithBot, "li"), (lifecycle.Status, lifecycle.Assignee));

        lifecycle.NeedsPerson();
        Assert.Equal((CaseStatus.Assigned, "li"), (lifecycle.Status, lifecycle.Assignee));
    }

    [Fact]
    public void AnUnknownStoredStatusIsRefused() =>
        Assert.Throws<ArgumentException>(() => new CaseLifecycle("AS-1", "Lost"));

    [Fact]
    public void TheCommittedDiagramIsWhatTheMachineGenerates()
    {
        var generated = CaseLifecycle.ToDotGraph();
        if (Environment.GetEnvironmentVariable("UPDATE_DIAGRAMS") == "1") File.WriteAllText(Committed, generated);

        Assert.True(File.Exists(Committed), "Run the tests once with UPDATE_DIAGRAMS=1 to write " + Committed);
        Assert.Equal(generated.ReplaceLineEndings(), File.ReadAllText(Committed).ReplaceLineEndings());
        Assert.Contains("IsAssigned", generated, StringComparison.Ordinal);
        Assert.Contains("IsUnassigned", generated, StringComparison.Ordinal);
    }
}
