using AfterSalesBot.Escalation.Data;
using AfterSalesBot.Escalation.FollowUps;
using AfterSalesBot.Escalation.Kpis;
using AfterSalesBot.Tests.Escalation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Tests.Kpis;

public sealed class FollowUpKpiTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task CountsFollowUpsAgainstRepairsRatingsConfirmationsAndReopens()
    {
        await using var store = await EscalationStore.CreateAsync();
        var numbers = new List<string>();
        for (var i = 0; i < 3; i++) numbers.Add((await store.Desk.RecordAgreementAsync(CaseBuilders.Agreement(store.Clock.GetUtcNow()), None)).Number);
        store.Clock.Advance(TimeSpan.FromHours(48 + 72));
        var sender = new RecordingFollowUpSender();
        var pass = await new FollowUpScheduler(store.Get<IDbContextFactory<EscalationDbContext>>(), store.Clock,
            Options.Create(new FollowUpOptions()), sender).RunDueAsync(None);
        Assert.Equal(3, pass.Sent);
        var desk = store.Get<IFollowUpDesk>();
        await desk.SolvedAsync(numbers[0], null, None);
        Assert.True(await desk.RateAsync(numbers[0], 4, "quick", None));
        Assert.False(await desk.RateAsync(numbers[0], 1, "rated twice", None));
        await desk.SolvedAsync(numbers[1], null, None);
        await desk.RateAsync(numbers[1], 5, null, None);
        await desk.NotSolvedAsync(numbers[2], null, None);

        var period = new KpiPeriod(EscalationStore.Noon.AddDays(-1), store.Clock.GetUtcNow().AddDays(1));
        var kpis = await new FollowUpKpiService(store.Get<IDbContextFactory<EscalationDbContext>>(), Options.Create(new FollowUpOptions()))
            .ReportAsync(period, None);

        Assert.Equal((3, 3, 1.0, 0.30, true), (kpis.FollowUpsDone, kpis.Repairs, kpis.PerRepair.Value, kpis.Quota, kpis.QuotaMet));
        Assert.Equal([0, 0, 0, 1, 1], kpis.Distribution);
        Assert.Equal(4.5, kpis.AverageRating);
        Assert.Equal(new Rate(2, 3), kpis.ConfirmedWorking);
        Assert.Equal(new Rate(1, 3), kpis.Reopened);
    }

    [Fact]
    public async Task WithNothingToDivideByTheRatesAreEmptyNotZero()
    {
        await using var store = await EscalationStore.CreateAsync();
        var kpis = await new FollowUpKpiService(store.Get<IDbContextFactory<EscalationDbContext>>(), Options.Create(new FollowUpOptions()))
            .ReportAsync(new KpiPeriod(EscalationStore.Noon.AddDays(-30), EscalationStore.Noon), None);

        Assert.Equal((null, null, null, (bool?)null), (kpis.PerRepair.Value, kpis.AverageRating, kpis.ConfirmedWorking.Value, kpis.QuotaMet));
    }
}
