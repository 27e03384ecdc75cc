using AfterSalesBot.Escalation.Cases;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Escalation;

/// <summary>The desk side of the live handoff: hand-back, the claim, back to the owner, and the change signal.</summary>
public sealed class LiveHandoffDeskTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly SheetRemedy Goodwill = new("Goodwill", 0m, "CNY", "Staff", "a 200 yuan goodwill credit");

    private static async Task<string> TakenAsync(EscalationStore store, string agent = "li")
    {
        var number = (await store.Desk.OpenAsync(CaseBuilders.Open(), None)).Number;
        Assert.True((await store.Queue.TakeAsync(number, agent, 5, None)).Succeeded);
        return number;
    }

    private static async Task<EscalatedCase> CaseAsync(EscalationStore store, string number)
    {
        await using var db = store.CreateDbContext();
        return await db.Cases.AsNoTracking().SingleAsync(c => c.Number == number);
    }

    private static async Task<List<CaseEvent>> EventsAsync(EscalationStore store, string number)
    {
        await using var db = store.CreateDbContext();
        return await db.Events.AsNoTracking().Where(e => e.CaseNumber == number).OrderBy(e => e.Id).ToListAsync();
    }

    [Fact]
    public async Task AHandBackWaitsForTheBotWhichClaimsItOnce()
    {
        await using var store = await EscalationStore.CreateAsync();
        var number = await TakenAsync(store);

        Assert.True((await store.Queue.HandBackAsync(number, "li", HandBackSteps.ProposeRemedy, Goodwill, None)).Succeeded);

        var handling = await store.Desk.GetHandlingAsync(number, None);
        Assert.Equal((CaseStatus.WithBot, "li", HandBackSteps.ProposeRemedy, (int?)null), (handling!.Status, handling.Assignee, handling.PendingHandBack, handling.QueuePosition));
        Assert.False(handling.PersonOwnsConversation);
        var claim = await store.Desk.ClaimHandBackAsync(number, None);
        Assert.Equal(new ClaimedHandBack(number, HandBackSteps.ProposeRemedy, Goodwill, "li", null, "li"), claim);
        Assert.Null(await store.Desk.ClaimHandBackAsync(number, None));
        Assert.Null((await store.Desk.GetHandlingAsync(number, None))!.PendingHandBack);
        var kinds = (await EventsAsync(store, number)).Select(e => e.Kind).ToList();
        Assert.Equal([CaseEventKinds.Opened, CaseEventKinds.Taken, CaseEventKinds.HandedBack, CaseEventKinds.HandBackClaimed], kinds);
    }

    [Fact]
    public async Task OnlyTheOwnerHandsBack()
    {
        await using var store = await EscalationStore.CreateAsync();
        var number = await TakenAsync(store);

        var refused = await store.Queue.HandBackAsync(number, "zhang", HandBackSteps.ScheduleFollowUp, null, None);

        Assert.Equal((false, CaseRefusal.NotAllowed, "li"), (refused.Succeeded, refused.Refusal, refused.Holder));
        Assert.Equal(CaseStatus.Assigned, (await CaseAsync(store, number)).Status);
        var queued = (await store.Desk.OpenAsync(CaseBuilders.Open(), None)).Number;
        Assert.False((await store.Queue.HandBackAsync(queued, "li", HandBackSteps.ProposeRemedy, null, None)).Succeeded);
    }

    [Fact]
    public async Task TwoTurnsClaimingAtOnceOnlyOneGetsTheHandBack()
    {
        await using var store = await EscalationStore.CreateAsync();
        for (var round = 0; round < 5; round++)
        {
            var number = await TakenAsync(store, "li" + round);
            await store.Queue.HandBackAsync(number, "li" + round, HandBackSteps.RecordAgreement, Goodwill, None);
            using var start = new ManualResetEventSlim();
            var claims = Enumerable.Range(0, 2)
                .Select(_ => Task.Run(async () => { start.Wait(); return await store.Desk.ClaimHandBackAsync(number, None); }))
                .ToList();
            start.Set();

            var results = await Task.WhenAll(claims);

            Assert.Single(results, r => r is not null);
            Assert.Single(await EventsAsync(store, number), e => e.Kind == CaseEventKinds.HandBackClaimed);
        }
    }

    [Fact]
    public async Task AFollowUpHandBackRecordsWhenItIsDue()
    {
        await using var store = await EscalationStore.CreateAsync();
        var number = await TakenAsync(store);
        await store.Queue.HandBackAsync(number, "li", HandBackSteps.ScheduleFollowUp, null, None);

        var claim = await store.Desk.ClaimHandBackAsync(number, None);

        Assert.Equal(EscalationStore.Noon.AddDays(3), claim!.FollowUpDue);
        var requested = Assert.Single(await EventsAsync(store, number), e => e.Kind == CaseEventKinds.FollowUpRequested);
        Assert.Equal(("li", "due " + EscalationStore.Noon.AddDays(3).ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
            (requested.Actor, requested.Detail));
    }

    [Fact]
    public async Task ACustomerWhoNeedsAPersonAgainGoesBackToTheSameOwner()
    {
        await using var store = await EscalationStore.CreateAsync();
        var number = await TakenAsync(store);
        await store.Queue.HandBackAsync(number, "li", HandBackSteps.ProposeRemedy, Goodwill, None);
        await store.Desk.ClaimHandBackAsync(number, None);

        Assert.True((await store.Desk.CustomerNeedsPersonAsync(number, "CustomerAskedForPerson", None)).Succeeded);

        var c = await CaseAsync(store, number);
        Assert.Equal((CaseStatus.Assigned, "li"), (c.Status, c.Assignee));
        var last = (await EventsAsync(store, number))[^1];
        Assert.Equal((CaseEventKinds.NeedsPerson, "customer", "CustomerAskedForPerson"), (last.Kind, last.Actor, last.Detail));
        Assert.False((await store.Desk.CustomerNeedsPersonAsync(number, "again", None)).Succeeded);
    }

    [Fact]
    public async Task TheCustomersAnswerEndsTheWaitOnThem()
    {
        await using var store = await EscalationStore.CreateAsync();
        var number = await TakenAsync(store);
        Assert.True((await store.Queue.AwaitCustomerAsync(number, "li", None)).Succeeded);
        Assert.True((await store.Desk.GetHandlingAsync(number, None))!.PersonOwnsConversation);

        Assert.True((await store.Desk.CustomerRepliedAsync(number, None)).Succeeded);

        Assert.Equal(CaseStatus.Assigned, (await CaseAsync(store, number)).Status);
        Assert.Equal(CaseEventKinds.CustomerReplied, (await EventsAsync(store, number))[^1].Kind);
    }

    [Fact]
    public async Task AnAgreementAfterAHandBackIsRecordedUnderTheSameCase()
    {
        await using var store = await EscalationStore.CreateAsync();
        var number = await TakenAsync(store);
        await store.Queue.HandBackAsync(number, "li", HandBackSteps.RecordAgreement, Goodwill, None);
        await store.Desk.ClaimHandBackAsync(number, None);

        var recorded = await store.Desk.RecordAgreementAsync(
            CaseBuilders.Agreement(EscalationStore.Noon, actionHours: 24) with { OfferedBy = "li", CaseNumber = number }, None);

        Assert.Equal((number, EscalationStore.Noon.AddHours(24)), (recorded.Number, recorded.ActionDue));
        await using var db = store.CreateDbContext();
        Assert.Equal(1, await db.Cases.CountAsync());
        Assert.Equal(CaseStatus.ActionPending, (await CaseAsync(store, number)).Status);
        var agreement = await db.Agreements.SingleAsync();
        Assert.Equal((number, "li"), (agreement.CaseNumber, agreement.OfferedBy));
        Assert.Equal([CaseEventKinds.AgreementRecorded, CaseEventKinds.FollowUpScheduled], (await EventsAsync(store, number))[^2..].Select(e => e.Kind));
    }

    [Fact]
    public async Task AnAgreementIsNotAttachedToACaseAPersonHolds()
    {
        await using var store = await EscalationStore.CreateAsync();
        var number = await TakenAsync(store);

        await Assert.ThrowsAsync<CaseTransitionException>(() => store.Desk.RecordAgreementAsync(
            CaseBuilders.Agreement(EscalationStore.Noon) with { CaseNumber = number }, None));

        await using var db = store.CreateDbContext();
        Assert.Empty(await db.Agreements.ToListAsync());
        Assert.Equal(CaseStatus.Assigned, (await CaseAsync(store, number)).Status);
    }

    [Fact]
    public async Task TheFirstResponseIsRecordedOnce()
    {
        await using var store = await EscalationStore.CreateAsync();
        var number = await TakenAsync(store);
        store.Clock.Advance(TimeSpan.FromMinutes(3));
        await store.Queue.RecordFirstResponseAsync(number, "li", None);
        store.Clock.Advance(TimeSpan.FromMinutes(3));

        Assert.True((await store.Queue.RecordFirstResponseAsync(number, "li", None)).Succeeded);

        Assert.Equal(EscalationStore.Noon.AddMinutes(3), (await CaseAsync(store, number)).FirstRespondedAt);
        Assert.Single(await EventsAsync(store, number), e => e.Kind == CaseEventKinds.FirstResponse);
    }

    [Fact]
    public async Task TheQueuePositionFollowsTheQueuesOrder()
    {
        await using var store = await EscalationStore.CreateAsync();
        var normal = (await store.Desk.OpenAsync(CaseBuilders.Open(CasePriority.Normal, 8, 16), None)).Number;
        var later = (await store.Desk.OpenAsync(CaseBuilders.Open(CasePriority.Normal, 24, 48), None)).Number;
        var safety = (await store.Desk.OpenAsync(CaseBuilders.Open(CasePriority.Safety, 1, 2), None)).Number;

        var listed = (await store.Queue.ListAsync(None)).Select(c => c.Number).ToList();
        foreach (var number in new[] { normal, later, safety })
            Assert.Equal(listed.IndexOf(number) + 1, (await store.Desk.GetHandlingAsync(number, None))!.QueuePosition);
        Assert.Equal([safety, normal, later], listed);
    }

    [Fact]
    public async Task EveryCommittedChangeIsSignalledAfterTheCommit()
    {
        await using var store = await EscalationStore.CreateAsync();
        var heard = new List<(CaseChange Change, CaseStatus Status)>();
        store.Get<CaseChanges>().Changed += change =>
        {
            using var db = store.CreateDbContext();
            heard.Add((change, db.Cases.AsNoTracking().Single(c => c.Number == change.Number).Status));
        };

        var number = await TakenAsync(store);
        await store.Queue.ReleaseAsync(number, "li", None);
        await store.Queue.TakeAsync(number, "zhang", 1, None);
        await store.Queue.TakeAsync(number, "li", 1, None); // refused: no signal

        Assert.Equal(
            [(new CaseChange(number, CaseEventKinds.Opened), CaseStatus.Queued), (new CaseChange(number, CaseEventKinds.Taken), CaseStatus.Assigned),
             (new CaseChange(number, CaseEventKinds.Released), CaseStatus.Queued), (new CaseChange(number, CaseEventKinds.Taken), CaseStatus.Assigned)],
            heard);
    }
}
