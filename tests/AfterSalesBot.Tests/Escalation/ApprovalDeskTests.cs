using AfterSalesBot.Escalation.Approvals;
using AfterSalesBot.Escalation.Cases;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Escalation;

public sealed class ApprovalDeskTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly SheetRemedy Refund = new("Refund", 2499m, "CNY", RemedyAuthority.Staff, "Full refund of the Q5 hob");

    private static async Task<string> TakenByLiAsync(EscalationStore store, CasePriority priority = CasePriority.Normal, int hours = 24)
    {
        var number = (await store.Desk.OpenAsync(CaseBuilders.Open(priority, hours, hours * 2), None)).Number;
        Assert.True((await store.Queue.TakeAsync(number, "li", 10, None)).Succeeded);
        return number;
    }

    private static async Task<long> RequestedByLiAsync(EscalationStore store, string number)
    {
        Assert.Equal(CaseActionResult.Done, await store.Get<ApprovalDesk>().RequestAsync(number, "li", Refund, "Third igniter failure", None));
        await using var db = store.CreateDbContext();
        return await db.Approvals.Where(a => a.CaseNumber == number).Select(a => a.Id).SingleAsync();
    }

    private static async Task<(EscalatedCase Case, List<CaseEvent> Events, List<ApprovalRequest> Requests)> ReadAsync(EscalationStore store, string number)
    {
        await using var db = store.CreateDbContext();
        return (await db.Cases.AsNoTracking().SingleAsync(c => c.Number == number),
            await db.Events.AsNoTracking().Where(e => e.CaseNumber == number).OrderBy(e => e.Id).ToListAsync(),
            await db.Approvals.AsNoTracking().Where(a => a.CaseNumber == number).ToListAsync());
    }

    [Fact]
    public async Task RequestingPutsTheCaseOnHoldForASupervisor()
    {
        await using var store = await EscalationStore.CreateAsync();
        var number = await TakenByLiAsync(store);
        store.Clock.Advance(TimeSpan.FromMinutes(7));

        await RequestedByLiAsync(store, number);

        var (c, events, requests) = await ReadAsync(store, number);
        Assert.Equal((CaseStatus.WaitingOnApproval, "li"), (c.Status, c.Assignee));
        Assert.Equal((CaseEventKinds.ApprovalRequested, "li", "Full refund of the Q5 hob", EscalationStore.Noon.AddMinutes(7)),
            (events[^1].Kind, events[^1].Actor, events[^1].Detail, events[^1].At));
        var request = Assert.Single(requests);
        Assert.Equal((ApprovalStatus.Pending, "li", Refund, "Third igniter failure"),
            (request.Status, request.RequestedBy, request.Remedy, request.Justification));
        Assert.Equal(1, await store.Get<ApprovalDesk>().CountPendingAsync(None));
    }

    [Fact]
    public async Task OnlyTheOwnerMayRequestAndARefusalChangesNothing()
    {
        await using var store = await EscalationStore.CreateAsync();
        var number = await TakenByLiAsync(store);
        var desk = store.Get<ApprovalDesk>();

        var byOther = await desk.RequestAsync(number, "zhang", Refund, "Because", None);
        var noReason = await desk.RequestAsync(number, "li", Refund, "  ", None);
        var missing = await desk.RequestAsync("AS-19990101-0001", "li", Refund, "Because", None);

        Assert.Equal((false, CaseRefusal.NotAllowed), (byOther.Succeeded, byOther.Refusal));
        Assert.Contains("Only the owner", byOther.Reason, StringComparison.Ordinal);
        Assert.Equal(CaseRefusal.NotAllowed, noReason.Refusal);
        Assert.Equal(CaseRefusal.NotFound, missing.Refusal);
        var (c, events, requests) = await ReadAsync(store, number);
        Assert.Equal(CaseStatus.Assigned, c.Status);
        Assert.DoesNotContain(events, e => e.Kind == CaseEventKinds.ApprovalRequested);
        Assert.Empty(requests);
    }

    [Fact]
    public async Task AQueuedCaseCannotWaitOnAnApproval()
    {
        await using var store = await EscalationStore.CreateAsync();
        var number = (await store.Desk.OpenAsync(CaseBuilders.Open(), None)).Number;
        // Nobody owns it, so nobody can ask: the lifecycle would refuse it as well.
        Assert.False((await store.Get<ApprovalDesk>().RequestAsync(number, "li", Refund, "Because", None)).Succeeded);
        Assert.Equal(CaseStatus.Queued, (await ReadAsync(store, number)).Case.Status);
    }

    [Theory]
    [InlineData(true, ApprovalStatus.Approved, CaseEventKinds.ApprovalGranted)]
    [InlineData(false, ApprovalStatus.Rejected, CaseEventKinds.ApprovalRefused)]
    public async Task ADecisionReturnsTheCaseToItsOwner(bool approve, string status, string kind)
    {
        await using var store = await EscalationStore.CreateAsync();
        var number = await TakenByLiAsync(store);
        var id = await RequestedByLiAsync(store, number);
        store.Clock.Advance(TimeSpan.FromMinutes(30));

        var decision = await store.Get<ApprovalDesk>().DecideAsync(id, "wang", approve, " Loyal customer ", None);

        Assert.Equal(new ApprovalDecision(true, null, "conv-1", Refund, number), decision);
        var (c, events, requests) = await ReadAsync(store, number);
        Assert.Equal((CaseStatus.Assigned, "li"), (c.Status, c.Assignee));
        Assert.Equal((kind, "wang", "Full refund of the Q5 hob — Loyal customer"), (events[^1].Kind, events[^1].Actor, events[^1].Detail));
        var request = Assert.Single(requests);
        Assert.Equal((status, "wang", EscalationStore.Noon.AddMinutes(30), "Loyal customer"),
            (request.Status, request.DecidedBy, request.DecidedAt, request.DecisionNote));
        Assert.Equal(0, await store.Get<ApprovalDesk>().CountPendingAsync(None));
    }

    [Fact]
    public async Task ASecondDecisionIsRefusedAndSaysWhoDecided()
    {
        await using var store = await EscalationStore.CreateAsync();
        var number = await TakenByLiAsync(store);
        var id = await RequestedByLiAsync(store, number);
        var desk = store.Get<ApprovalDesk>();
        Assert.True((await desk.DecideAsync(id, "wang", approve: false, null, None)).Succeeded);

        var second = await desk.DecideAsync(id, "zhao", approve: true, null, None);

        Assert.False(second.Succeeded);
        Assert.Equal("This request was already rejected by wang.", second.Reason);
        var (c, events, requests) = await ReadAsync(store, number);
        Assert.Equal((ApprovalStatus.Rejected, "wang"), (requests[0].Status, requests[0].DecidedBy));
        Assert.Single(events, e => e.Kind is CaseEventKinds.ApprovalGranted or CaseEventKinds.ApprovalRefused);
        Assert.Equal(CaseStatus.Assigned, c.Status);
    }

    [Fact]
    public async Task TheRequesterCannotDecideTheirOwnRequest()
    {
        await using var store = await EscalationStore.CreateAsync();
        var number = await TakenByLiAsync(store);
        var id = await RequestedByLiAsync(store, number);

        var own = await store.Get<ApprovalDesk>().DecideAsync(id, "li", approve: true, null, None);

        Assert.False(own.Succeeded);
        Assert.Contains("not by the one who asked", own.Reason, StringComparison.Ordinal);
        var (c, _, requests) = await ReadAsync(store, number);
        Assert.Equal((CaseStatus.WaitingOnApproval, ApprovalStatus.Pending), (c.Status, requests[0].Status));
        Assert.Equal("There is no approval request 999.", (await store.Get<ApprovalDesk>().DecideAsync(999, "wang", true, null, None)).Reason);
    }

    [Fact]
    public async Task TwoSupervisorsDecidingAtOnceOneDecisionStands()
    {
        await using var store = await EscalationStore.CreateAsync();
        for (var round = 0; round < 5; round++)
        {
            var number = await TakenByLiAsync(store);
            var id = await RequestedByLiAsync(store, number);
            var desk = store.Get<ApprovalDesk>();
            using var start = new ManualResetEventSlim();
            var wang = Task.Run(() => { start.Wait(); return desk.DecideAsync(id, "wang", approve: true, null, None); });
            var zhao = Task.Run(() => { start.Wait(); return desk.DecideAsync(id, "zhao", approve: false, null, None); });
            start.Set();

            var results = await Task.WhenAll(wang, zhao);

            var winner = Assert.Single(results, r => r.Succeeded);
            var loser = Assert.Single(results, r => !r.Succeeded);
            var (c, events, requests) = await ReadAsync(store, number);
            var decided = Assert.Single(events, e => e.Kind is CaseEventKinds.ApprovalGranted or CaseEventKinds.ApprovalRefused);
            Assert.Equal(decided.Actor, requests[0].DecidedBy);
            Assert.Equal(decided.Kind == CaseEventKinds.ApprovalGranted ? ApprovalStatus.Approved : ApprovalStatus.Rejected, requests[0].Status);
            Assert.Equal(number, winner.CaseNumber);
            Assert.NotNull(loser.Reason);
            Assert.Equal(CaseStatus.Assigned, c.Status);
        }
    }

    [Fact]
    public async Task ListsPendingOldestFirstThenDecisionsNewestFirst()
    {
        await using var store = await EscalationStore.CreateAsync();
        var desk = store.Get<ApprovalDesk>();
        var ids = new List<long>();
        for (var i = 0; i < 4; i++) ids.Add(await RequestedByLiAsync(store, await TakenByLiAsync(store)));
        Assert.True((await desk.DecideAsync(ids[0], "wang", true, null, None)).Succeeded);
        Assert.True((await desk.DecideAsync(ids[2], "wang", false, null, None)).Succeeded);

        var all = await desk.ListAsync(pendingOnly: false, caseNumber: null, None);
        var pending = await desk.ListAsync(pendingOnly: true, caseNumber: null, None);

        Assert.Equal([ids[1], ids[3], ids[2], ids[0]], all.Select(a => a.Id));
        Assert.Equal([ApprovalStatus.Pending, ApprovalStatus.Pending, ApprovalStatus.Rejected, ApprovalStatus.Approved], all.Select(a => a.Status));
        Assert.Equal([ids[1], ids[3]], pending.Select(a => a.Id));
        Assert.Equal(("JZT-Q5", "NeedsReview", Refund), (all[0].Model, all[0].CoverageVerdict, all[0].Remedy));
        var oneCase = Assert.Single(await desk.ListAsync(false, all[3].CaseNumber, None));
        Assert.Equal(ids[0], oneCase.Id);
    }
}
