using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Console;

namespace AfterSalesBot.Tests.Escalation;

public sealed class CaseFilesTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static async Task<string> OpenAsync(EscalationStore store, CasePriority priority, int hours, string conversationId = "conv-1") =>
        (await store.Desk.OpenAsync(CaseBuilders.Open(priority, hours, hours * 2, conversationId), None)).Number;

    private static async Task TakeAsync(EscalationStore store, string number, string agent) =>
        Assert.True((await store.Queue.TakeAsync(number, agent, 20, None)).Succeeded);

    [Fact]
    public async Task TheQueueListsSafetyThenUrgentThenNormalEachByDeadline()
    {
        await using var store = await EscalationStore.CreateAsync();
        var normalLate = await OpenAsync(store, CasePriority.Normal, 48);
        var urgentLate = await OpenAsync(store, CasePriority.Urgent, 20);
        var normalSoon = await OpenAsync(store, CasePriority.Normal, 2);
        var safety = await OpenAsync(store, CasePriority.Safety, 24);
        var urgentSoon = await OpenAsync(store, CasePriority.Urgent, 4);
        var taken = await OpenAsync(store, CasePriority.Safety, 1);
        await TakeAsync(store, taken, "li");

        var queue = await store.Get<CaseFiles>().QueueAsync(None);

        Assert.Equal([safety, urgentSoon, urgentLate, normalSoon, normalLate], queue.Select(r => r.Number));
        Assert.All(queue, r => Assert.Equal((CaseStatus.Queued, (string?)null), (r.Status, r.Assignee)));
    }

    [Fact]
    public async Task AReopenedCaseIsInTheQueue()
    {
        await using var store = await EscalationStore.CreateAsync();
        var number = await OpenAsync(store, CasePriority.Normal, 24);
        await TakeAsync(store, number, "li");
        Assert.True((await store.Queue.ResolveAsync(number, "li", "Repaired", None)).Succeeded);
        Assert.Empty(await store.Get<CaseFiles>().QueueAsync(None));

        Assert.True((await store.Queue.ReopenAsync(number, "wang", None)).Succeeded);

        var row = Assert.Single(await store.Get<CaseFiles>().QueueAsync(None));
        Assert.Equal((number, CaseStatus.Reopened, CasePriority.Urgent), (row.Number, row.Status, row.Priority));
    }

    [Fact]
    public async Task MineListsOnlyTheCasesTheAgentHoldsMostPressingFirst()
    {
        await using var store = await EscalationStore.CreateAsync();
        var normal = await OpenAsync(store, CasePriority.Normal, 4);
        var urgent = await OpenAsync(store, CasePriority.Urgent, 12);
        var safety = await OpenAsync(store, CasePriority.Safety, 24);
        var zhangs = await OpenAsync(store, CasePriority.Safety, 1);
        var resolved = await OpenAsync(store, CasePriority.Safety, 1);
        await OpenAsync(store, CasePriority.Safety, 1); // still queued
        foreach (var n in new[] { normal, urgent, safety, resolved }) await TakeAsync(store, n, "li");
        await TakeAsync(store, zhangs, "zhang");
        Assert.True((await store.Queue.ResolveAsync(resolved, "li", "Gas shut off", None)).Succeeded);

        var mine = await store.Get<CaseFiles>().MineAsync("li", None);

        Assert.Equal([safety, urgent, normal], mine.Select(r => r.Number));
        Assert.All(mine, r => Assert.Equal(("li", CaseStatus.Assigned), (r.Assignee, r.Status)));
        Assert.Equal([zhangs], (await store.Get<CaseFiles>().MineAsync("zhang", None)).Select(r => r.Number));
        Assert.Empty(await store.Get<CaseFiles>().MineAsync("zhao", None));
    }

    [Fact]
    public async Task OpenListsQueuedAndHeldCasesButNotResolvedOnes()
    {
        await using var store = await EscalationStore.CreateAsync();
        var heldNormal = await OpenAsync(store, CasePriority.Normal, 1);
        var queuedUrgent = await OpenAsync(store, CasePriority.Urgent, 30);
        var queuedNormal = await OpenAsync(store, CasePriority.Normal, 10);
        var resolved = await OpenAsync(store, CasePriority.Safety, 1);
        await TakeAsync(store, heldNormal, "li");
        await TakeAsync(store, resolved, "li");
        Assert.True((await store.Queue.ResolveAsync(resolved, "li", "Done", None)).Succeeded);

        var open = await store.Get<CaseFiles>().OpenAsync(None);

        Assert.Equal([queuedUrgent, heldNormal, queuedNormal], open.Select(r => r.Number));
        Assert.Equal([CaseStatus.Queued, CaseStatus.Assigned, CaseStatus.Queued], open.Select(r => r.Status));
    }

    [Fact]
    public async Task ARowCarriesWhatTheListsShow()
    {
        await using var store = await EscalationStore.CreateAsync();
        var number = await OpenAsync(store, CasePriority.Urgent, 6);

        var row = Assert.Single(await store.Get<CaseFiles>().QueueAsync(None));

        Assert.Equal(new CaseRow(number, CasePriority.Urgent, CaseStatus.Queued, null, row.Team, "JZT-Q5", "燃气灶 Q5",
            EscalationReason.CustomerAskedForPerson, EscalationStore.Noon, EscalationStore.Noon.AddHours(6), EscalationStore.Noon.AddHours(12), null), row);
    }

    [Fact]
    public async Task AFileHoldsTheCaseItsHistoryAndItsNotesFoundWhateverTheCase()
    {
        await using var store = await EscalationStore.CreateAsync();
        var number = await OpenAsync(store, CasePriority.Normal, 24);
        await OpenAsync(store, CasePriority.Normal, 24, "conv-other");
        await TakeAsync(store, number, "li");
        Assert.True(await store.Get<CaseNotes>().AddAsync(number, "li", "Called back", None));

        var file = await store.Get<CaseFiles>().GetAsync(" " + number.ToLowerInvariant() + " ", None);

        Assert.NotNull(file);
        Assert.Equal((number, "conv-1", "li"), (file.Case.Number, file.Case.ConversationId, file.Case.Assignee));
        Assert.Equal([CaseEventKinds.Opened, CaseEventKinds.Taken], file.Events.Select(e => e.Kind));
        Assert.Equal("Called back", Assert.Single(file.Notes).Text);
        Assert.Empty(file.Agreements);
        Assert.Null(await store.Get<CaseFiles>().GetAsync("AS-19990101-0001", None));
    }

    [Fact]
    public async Task AFileForAnAgreedRemedyHoldsTheAgreement()
    {
        await using var store = await EscalationStore.CreateAsync();
        var number = (await store.Desk.RecordAgreementAsync(CaseBuilders.Agreement(EscalationStore.Noon), None)).Number;

        var file = (await store.Get<CaseFiles>().GetAsync(number, None))!;

        Assert.Equal(CaseStatus.ActionPending, file.Case.Status);
        Assert.Equal("Free repair of the igniter", Assert.Single(file.Agreements).RemedyDescription);
    }
}
