using AfterSalesBot.Escalation.Cases;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Escalation;

public sealed class CaseDeskTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task SetsDeadlinesFromTheServiceLevelHours()
    {
        await using var store = await EscalationStore.CreateAsync();

        var opened = await store.Desk.OpenAsync(CaseBuilders.Open(CasePriority.Safety, firstResponseHours: 1, resolutionHours: 24), None);

        Assert.Equal(CasePriority.Safety, opened.Priority);
        Assert.Equal(EscalationStore.Noon.AddHours(1), opened.FirstResponseDue);
        Assert.Equal(EscalationStore.Noon.AddHours(24), opened.ResolutionDue);
    }

    [Fact]
    public async Task QueuesByPriorityThenFirstResponseDeadline()
    {
        await using var store = await EscalationStore.CreateAsync();
        async Task<int> Position(CasePriority priority, int hours) =>
            (await store.Desk.OpenAsync(CaseBuilders.Open(priority, hours, hours * 2), None)).QueuePosition;

        Assert.Equal(1, await Position(CasePriority.Normal, 24));
        Assert.Equal(1, await Position(CasePriority.Normal, 8));   // due before the first
        Assert.Equal(1, await Position(CasePriority.Safety, 1));   // safety goes first
        Assert.Equal(2, await Position(CasePriority.Urgent, 4));   // after safety, before normal
        Assert.Equal(5, await Position(CasePriority.Normal, 48));  // last of five
        store.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, await Position(CasePriority.Safety, 1));   // same deadline length, opened later
    }

    [Fact]
    public async Task LeavesAgreedRemediesOutOfTheQueue()
    {
        await using var store = await EscalationStore.CreateAsync();
        await store.Desk.RecordAgreementAsync(CaseBuilders.Agreement(EscalationStore.Noon, actionHours: 1), None);

        var opened = await store.Desk.OpenAsync(CaseBuilders.Open(CasePriority.Normal, 24, 48), None);

        Assert.Equal(1, opened.QueuePosition);
    }

    [Fact]
    public async Task StoresTheSheetWithEveryFieldAndAnOpenedEvent()
    {
        await using var store = await EscalationStore.CreateAsync();
        var request = CaseBuilders.Open();

        var opened = await store.Desk.OpenAsync(request, None);

        await using var db = store.CreateDbContext();
        var stored = await db.Cases.AsNoTracking().SingleAsync(c => c.Number == opened.Number);
        Assert.Equivalent(request.Sheet, stored.Sheet, strict: true);
        Assert.Equal(("conv-1", "webchat", "zh-CN"), (stored.ConversationId, stored.ChannelId, stored.Locale));
        Assert.Equal((EscalationReason.CustomerAskedForPerson, CaseStatus.Queued), (stored.Reason, stored.Status));
        Assert.Equal(EscalationStore.Noon, stored.OpenedAt);
        var opening = Assert.Single(await db.Events.Where(e => e.CaseNumber == opened.Number).ToListAsync());
        Assert.Equal((CaseEventKinds.Opened, "bot", EscalationStore.Noon), (opening.Kind, opening.Actor, opening.At));

        // The column is readable JSON: Chinese as written, not \u escapes.
        var json = await db.Database.SqlQueryRaw<string>("SELECT SheetJson AS Value FROM Cases").SingleAsync();
        Assert.Contains("点火后火焰忽大忽小", json, StringComparison.Ordinal);
        Assert.Contains("\"VOLTAGE\":true", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindsTheStatusViewByNumberAsTheCustomerTypesIt()
    {
        await using var store = await EscalationStore.CreateAsync();
        var opened = await store.Desk.OpenAsync(CaseBuilders.Open(CasePriority.Urgent, 4, 24), None);

        var view = await store.Desk.FindAsync(" " + opened.Number.ToLowerInvariant() + " ", None);

        Assert.Equal(new CaseStatusView(opened.Number, "conv-1", CaseStatus.Queued, CasePriority.Urgent, EscalationStore.Noon,
            EscalationStore.Noon.AddHours(4), "5678"), view);
    }

    [Fact]
    public async Task FindsNothingForAnUnknownNumber()
    {
        await using var store = await EscalationStore.CreateAsync();
        await store.Desk.OpenAsync(CaseBuilders.Open(), None);

        Assert.Null(await store.Desk.FindAsync("AS-20261122-9999", None));
    }

    [Fact]
    public async Task KeepsNoPhoneDigitsWhenThePhoneIsMissing()
    {
        await using var store = await EscalationStore.CreateAsync();
        var request = CaseBuilders.Open() with { Sheet = CaseBuilders.FullSheet() with { Phone = null } };

        var opened = await store.Desk.OpenAsync(request, None);

        Assert.Null((await store.Desk.FindAsync(opened.Number, None))!.PhoneLastFour);
    }
}
