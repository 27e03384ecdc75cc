using AfterSalesBot.Escalation.Cases;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Escalation;

public sealed class SlaMonitorTests
{
    [Fact]
    public async Task NothingHappensWhileEveryDeadlineIsFarAway()
    {
        await using var store = await EscalationStore.CreateAsync();
        await store.Desk.OpenAsync(CaseBuilders.Open(firstResponseHours: 24), CancellationToken.None);

        Assert.Equal(new SlaCheckResult(0, 0), await store.Sla.CheckAsync(CancellationToken.None));
    }

    [Fact]
    public async Task WarnsOnceWithinTheHourBeforeTheFirstResponseDeadline()
    {
        await using var store = await EscalationStore.CreateAsync();
        var opened = await store.Desk.OpenAsync(CaseBuilders.Open(firstResponseHours: 24), CancellationToken.None);

        store.Clock.Advance(TimeSpan.FromHours(23.5));
        Assert.Equal(new SlaCheckResult(1, 0), await store.Sla.CheckAsync(CancellationToken.None));
        Assert.Equal(new SlaCheckResult(0, 0), await store.Sla.CheckAsync(CancellationToken.None));
        Assert.Single(await EventsAsync(store, opened.Number, CaseEventKinds.SlaWarning));
    }

    [Fact]
    public async Task ABreachRaisesThePriorityAndNotifiesASupervisorOnce()
    {
        await using var store = await EscalationStore.CreateAsync();
        var opened = await store.Desk.OpenAsync(CaseBuilders.Open(CasePriority.Normal, firstResponseHours: 24), CancellationToken.None);

        store.Clock.Advance(TimeSpan.FromHours(25));
        var first = await store.Sla.CheckAsync(CancellationToken.None);
        var again = await store.Sla.CheckAsync(CancellationToken.None);

        Assert.Equal(1, first.Breaches);
        Assert.Equal(0, again.Breaches);
        await using var db = store.CreateDbContext();
        Assert.Equal(CasePriority.Urgent, (await db.Cases.SingleAsync(c => c.Number == opened.Number)).Priority);
        Assert.Single(await EventsAsync(store, opened.Number, CaseEventKinds.SupervisorNotified));
    }

    [Fact]
    public async Task ATakenCaseOwesNoFirstResponseButStillItsResolution()
    {
        await using var store = await EscalationStore.CreateAsync();
        var opened = await store.Desk.OpenAsync(CaseBuilders.Open(firstResponseHours: 24, resolutionHours: 48), CancellationToken.None);
        Assert.True((await store.Queue.TakeAsync(opened.Number, "li.wei", capacity: 5, CancellationToken.None)).Succeeded);

        store.Clock.Advance(TimeSpan.FromHours(30));
        Assert.Equal(new SlaCheckResult(0, 0), await store.Sla.CheckAsync(CancellationToken.None));

        store.Clock.Advance(TimeSpan.FromHours(19));
        Assert.Equal(1, (await store.Sla.CheckAsync(CancellationToken.None)).Breaches);
        var breach = Assert.Single(await EventsAsync(store, opened.Number, CaseEventKinds.SlaBreached));
        Assert.Equal("resolution", breach.Detail);
    }

    [Fact]
    public async Task ResolvedCasesAreNotWatched()
    {
        await using var store = await EscalationStore.CreateAsync();
        var opened = await store.Desk.OpenAsync(CaseBuilders.Open(firstResponseHours: 24), CancellationToken.None);
        await store.Queue.TakeAsync(opened.Number, "li.wei", capacity: 5, CancellationToken.None);
        await store.Queue.ResolveAsync(opened.Number, "li.wei", "igniter replaced", CancellationToken.None);

        store.Clock.Advance(TimeSpan.FromDays(10));
        Assert.Equal(new SlaCheckResult(0, 0), await store.Sla.CheckAsync(CancellationToken.None));
    }

    private static async Task<List<CaseEvent>> EventsAsync(EscalationStore store, string number, string kind)
    {
        await using var db = store.CreateDbContext();
        return await db.Events.Where(e => e.CaseNumber == number && e.Kind == kind).ToListAsync();
    }
}
