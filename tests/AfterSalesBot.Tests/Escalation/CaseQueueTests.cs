using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Escalation;

public class CaseQueueTests
{
    private readonly StorageEngine _engine;

    public CaseQueueTests() : this(StorageEngine.Sqlite)
    {
    }

    protected CaseQueueTests(StorageEngine engine) => _engine = engine;

    private Task<EscalationStore> CreateStoreAsync() => EscalationStore.CreateAsync(engine: _engine);

    private static readonly CancellationToken None = CancellationToken.None;

    private static async Task<string> OpenAsync(EscalationStore store, CasePriority priority = CasePriority.Normal, int hours = 24) =>
        (await store.Desk.OpenAsync(CaseBuilders.Open(priority, hours, hours * 2), None)).Number;

    private static async Task<List<CaseEvent>> EventsAsync(EscalationStore store, string number)
    {
        await using var db = store.CreateDbContext();
        return await db.Events.AsNoTracking().Where(e => e.CaseNumber == number).OrderBy(e => e.Id).ToListAsync();
    }

    private static async Task<EscalatedCase> CaseAsync(EscalationStore store, string number)
    {
        await using var db = store.CreateDbContext();
        return await db.Cases.AsNoTracking().SingleAsync(c => c.Number == number);
    }

    [Fact]
    public async Task ListsSafetyThenUrgentThenNormalEachByFirstResponseDeadline()
    {
        await using var store = await CreateStoreAsync();
        var normalLate = await OpenAsync(store, CasePriority.Normal, 48);
        var normalSoon = await OpenAsync(store, CasePriority.Normal, 8);
        var urgent = await OpenAsync(store, CasePriority.Urgent, 12);
        var safety = await OpenAsync(store, CasePriority.Safety, 24);
        var taken = await OpenAsync(store, CasePriority.Safety, 1);
        await store.Desk.RecordAgreementAsync(CaseBuilders.Agreement(EscalationStore.Noon, actionHours: 1), None);
        Assert.True((await store.Queue.TakeAsync(taken, "li", 5, None)).Succeeded);

        var queue = await store.Queue.ListAsync(None);

        Assert.Equal([safety, urgent, normalSoon, normalLate], queue.Select(c => c.Number));
        Assert.Equal(EscalationStore.Noon.AddHours(8), queue[2].FirstResponseDue);
    }

    [Fact]
    public async Task TakingAssignsTheCaseAndRecordsWhoTookIt()
    {
        await using var store = await CreateStoreAsync();
        var number = await OpenAsync(store);
        store.Clock.Advance(TimeSpan.FromMinutes(5));

        var result = await store.Queue.TakeAsync(number.ToLowerInvariant(), "li", 3, None);

        Assert.Equal(CaseActionResult.Done, result);
        var taken = await CaseAsync(store, number);
        Assert.Equal((CaseStatus.Assigned, "li", 1), (taken.Status, taken.Assignee, taken.Version));
        var last = (await EventsAsync(store, number))[^1];
        Assert.Equal((CaseEventKinds.Taken, "li", EscalationStore.Noon.AddMinutes(5)), (last.Kind, last.Actor, last.At));
        Assert.Empty(await store.Queue.ListAsync(None));
    }

    [Fact]
    public async Task TwoAgentsTakingTheSameCaseAtOnceOneGetsItTheOtherIsToldWho()
    {
        await using var store = await CreateStoreAsync();
        for (var round = 0; round < 5; round++)
        {
            var number = await OpenAsync(store);
            using var start = new ManualResetEventSlim();
            var li = Task.Run(() => { start.Wait(); return store.Queue.TakeAsync(number, "li", 10, None); });
            var zhang = Task.Run(() => { start.Wait(); return store.Queue.TakeAsync(number, "zhang", 10, None); });
            start.Set();

            var results = await Task.WhenAll(li, zhang);

            Assert.Equal(CaseActionResult.Done, Assert.Single(results, r => r.Succeeded));
            var loser = Assert.Single(results, r => !r.Succeeded);
            var holder = (await CaseAsync(store, number)).Assignee!;
            Assert.Equal((CaseRefusal.AlreadyTaken, holder), (loser.Refusal, loser.Holder));
            Assert.Contains("already taken by " + holder, loser.Reason, StringComparison.Ordinal);
            Assert.Single(await EventsAsync(store, number), e => e.Kind == CaseEventKinds.Taken && e.Actor == holder);
        }
    }

    [Fact]
    public async Task TwentyAgentsRacingForFiveCasesEachCaseIsTakenOnce()
    {
        await using var store = await CreateStoreAsync();
        var numbers = new List<string>();
        for (var i = 0; i < 5; i++) numbers.Add(await OpenAsync(store, CasePriority.Normal, 10 + i));
        var agents = Enumerable.Range(1, 20).Select(i => $"agent-{i:00}").ToList();

        var attempts = agents.SelectMany((agent, i) => numbers.Select((_, j) => (agent, number: numbers[(i + j) % numbers.Count])))
            .Select(a => Task.Run(async () => (a.agent, a.number, result: await store.Queue.TakeAsync(a.number, a.agent, 5, None))))
            .ToList();
        var outcomes = await Task.WhenAll(attempts);

        var wins = outcomes.Where(o => o.result.Succeeded).ToList();
        Assert.Equal(5, wins.Count);
        Assert.Equal(numbers.Order(), wins.Select(w => w.number).Order());
        foreach (var number in numbers)
        {
            var winner = wins.Single(w => w.number == number).agent;
            Assert.Equal(winner, (await CaseAsync(store, number)).Assignee);
            Assert.Equal(winner, Assert.Single(await EventsAsync(store, number), e => e.Kind == CaseEventKinds.Taken).Actor);
            Assert.All(outcomes.Where(o => o.number == number && !o.result.Succeeded),
                o => Assert.Equal((CaseRefusal.AlreadyTaken, winner), (o.result.Refusal, o.result.Holder)));
        }
        Assert.Empty(await store.Queue.ListAsync(None));
    }

    [Fact]
    public async Task AnAgentAtCapacityCannotTakeAnother()
    {
        await using var store = await CreateStoreAsync();
        var first = await OpenAsync(store);
        var second = await OpenAsync(store);
        var third = await OpenAsync(store);
        Assert.True((await store.Queue.TakeAsync(first, "li", 2, None)).Succeeded);
        Assert.True((await store.Queue.TakeAsync(second, "li", 2, None)).Succeeded);

        var refused = await store.Queue.TakeAsync(third, "li", 2, None);

        Assert.Equal((false, CaseRefusal.AtCapacity), (refused.Succeeded, refused.Refusal));
        Assert.Equal(CaseStatus.Queued, (await CaseAsync(store, third)).Status);
        Assert.DoesNotContain(await EventsAsync(store, third), e => e.Kind == CaseEventKinds.Taken);

        // A resolved case no longer counts.
        Assert.True((await store.Queue.ResolveAsync(first, "li", "Repaired", None)).Succeeded);
        Assert.True((await store.Queue.TakeAsync(third, "li", 2, None)).Succeeded);
    }

    [Fact]
    public async Task ReleasingPutsTheCaseBackInTheQueue()
    {
        await using var store = await CreateStoreAsync();
        var number = await OpenAsync(store);
        await store.Queue.TakeAsync(number, "li", 3, None);

        Assert.True((await store.Queue.ReleaseAsync(number, "li", None)).Succeeded);

        var released = await CaseAsync(store, number);
        Assert.Equal((CaseStatus.Queued, null), (released.Status, released.Assignee));
        Assert.Equal([number], (await store.Queue.ListAsync(None)).Select(c => c.Number));
        var last = (await EventsAsync(store, number))[^1];
        Assert.Equal((CaseEventKinds.Released, "li", "li"), (last.Kind, last.Actor, last.Detail));
        Assert.True((await store.Queue.TakeAsync(number, "zhang", 3, None)).Succeeded);
    }

    [Fact]
    public async Task TransfersToAColleagueOrToATeamsQueue()
    {
        await using var store = await CreateStoreAsync();
        var number = await OpenAsync(store);
        await store.Queue.TakeAsync(number, "li", 3, None);

        Assert.True((await store.Queue.TransferAsync(number, "li", TransferTarget.ToAgent("zhang"), None)).Succeeded);
        Assert.Equal((CaseStatus.Assigned, "zhang"), ((await CaseAsync(store, number)).Status, (await CaseAsync(store, number)).Assignee));

        Assert.True((await store.Queue.TransferAsync(number, "zhang", TransferTarget.ToTeam("kitchen"), None)).Succeeded);
        var queued = Assert.Single(await store.Queue.ListAsync(None));
        Assert.Equal((number, "kitchen", CaseStatus.Queued), (queued.Number, queued.Team, queued.Status));

        var transfers = (await EventsAsync(store, number)).Where(e => e.Kind == CaseEventKinds.Transferred).ToList();
        Assert.Equal(["li → zhang", "zhang → team kitchen"], transfers.Select(e => e.Detail));
        Assert.Equal(["li", "zhang"], transfers.Select(e => e.Actor));
    }

    [Fact]
    public async Task ResolvedThenReopenedComesBackToTheQueueWithARaisedPriority()
    {
        await using var store = await CreateStoreAsync();
        var number = await OpenAsync(store);
        await store.Queue.TakeAsync(number, "li", 3, None);

        Assert.True((await store.Queue.ResolveAsync(number, "li", "Replaced the igniter", None)).Succeeded);
        var resolved = await CaseAsync(store, number);
        Assert.Equal((CaseStatus.Resolved, "Replaced the igniter"), (resolved.Status, resolved.Outcome));
        Assert.Empty(await store.Queue.ListAsync(None));

        Assert.True((await store.Queue.ReopenAsync(number, "supervisor", None)).Succeeded);

        var reopened = Assert.Single(await store.Queue.ListAsync(None));
        Assert.Equal((CaseStatus.Reopened, CasePriority.Urgent), (reopened.Status, reopened.Priority));
        Assert.Null((await CaseAsync(store, number)).Assignee);
        Assert.Equal([CaseEventKinds.Opened, CaseEventKinds.Taken, CaseEventKinds.Resolved, CaseEventKinds.FollowUpScheduled, CaseEventKinds.Reopened],
            (await EventsAsync(store, number)).Select(e => e.Kind));
        Assert.Equal("priority Normal → Urgent", (await EventsAsync(store, number))[^1].Detail);
        Assert.True((await store.Queue.TakeAsync(number, "zhang", 3, None)).Succeeded);
    }

    [Fact]
    public async Task ARefusedActionChangesNothingAndLeavesNoEvent()
    {
        await using var store = await CreateStoreAsync();
        var number = await OpenAsync(store);

        var release = await store.Queue.ReleaseAsync(number, "li", None);
        var reopen = await store.Queue.ReopenAsync(number, "li", None);
        var missing = await store.Queue.TakeAsync("AS-19990101-0001", "li", 3, None);

        Assert.Equal((false, CaseRefusal.NotAllowed), (release.Succeeded, release.Refusal));
        Assert.Contains("Release", release.Reason, StringComparison.Ordinal);
        Assert.Equal(CaseRefusal.NotAllowed, reopen.Refusal);
        Assert.Equal(CaseRefusal.NotFound, missing.Refusal);
        var untouched = await CaseAsync(store, number);
        Assert.Equal((CaseStatus.Queued, 0), (untouched.Status, untouched.Version));
        Assert.Equal([CaseEventKinds.Opened], (await EventsAsync(store, number)).Select(e => e.Kind));
    }

    [Fact]
    public async Task TheVersionTokenMakesTheSecondOfTwoConcurrentChangesFail()
    {
        await using var store = await CreateStoreAsync();
        var number = await OpenAsync(store);
        await using var first = store.CreateDbContext();
        await using var second = store.CreateDbContext();
        var a = await first.Cases.SingleAsync(c => c.Number == number);
        var b = await second.Cases.SingleAsync(c => c.Number == number);

        a.Take("li");
        await first.SaveChangesAsync();
        b.Take("zhang");

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        Assert.Equal(("li", 1), ((await CaseAsync(store, number)).Assignee, (await CaseAsync(store, number)).Version));
    }

    [Fact]
    public async Task AReopenedCaseCountsInTheQueuePositionANewCaseIsTold()
    {
        await using var store = await CreateStoreAsync();
        var number = await OpenAsync(store, CasePriority.Safety, 1);
        await store.Queue.TakeAsync(number, "li", 3, None);
        await store.Queue.ResolveAsync(number, "li", "Gas supply shut off", None);
        await store.Queue.ReopenAsync(number, "li", None);

        var opened = await store.Desk.OpenAsync(CaseBuilders.Open(CasePriority.Normal, 24, 48), None);

        Assert.Equal(2, opened.QueuePosition);
    }
}

/// <summary>The queue on a database of the run's throwaway PostgreSQL cluster: takes stay exactly-once under parallel takers.</summary>
public sealed class CaseQueueOnPostgreSqlTests() : CaseQueueTests(StorageEngine.PostgreSql);
