using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.Kpis;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Escalation.Data;
using AfterSalesBot.Escalation.Kpis;
using AfterSalesBot.Knowledge.Data;
using AfterSalesBot.Knowledge.Records;
using AfterSalesBot.Tests.Escalation;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace AfterSalesBot.Tests.Kpis;

/// <summary>The KPI report read from a real SQLite file: conversations, cases and repairs seeded straight into their tables.</summary>
public sealed class KpiQueryTests : IAsyncLifetime
{
    /// <summary>Shanghai's 21 and 22 November 2026.</summary>
    private static readonly KpiPeriod Period = new(At(20, 16), At(22, 16));

    private PipelineHost _host = null!;

    private static DateTimeOffset At(int day, int hour) => new(2026, 11, day, hour, 0, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        _host = await PipelineHost.StartAsync(s =>
        {
            s.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FakeTimeProvider(At(24, 0))));
            s.AddSingleton<IConversationStatistics, ConversationStatistics>();
            s.AddKpiReports();
        });
        await SeedConversationsAsync();
        await SeedCasesAsync();
        await SeedRepairsAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ReportsTheConversationSideFromTheSummaryColumns()
    {
        var report = await _host.Get<KpiService>().ReportAsync(Period, default);

        Assert.Equal(3, report.Complaints); // no complaint, no summary and out of the period are not counted
        Assert.Equal(new Rate(1, 3), report.BotResolution);
        Assert.Equal(new Rate(2, 3), report.Escalation);
        Assert.Equal(new Rate(2, 3), report.Agreement);
        Assert.Equal([new CodeCount("USER_DAMAGE", 2), new CodeCount("IN_WARRANTY", 1), new CodeCount("VOLTAGE", 1)], report.ReasonMix);
        Assert.Equal([new DayCount(new DateOnly(2026, 11, 21), 3), new DayCount(new DateOnly(2026, 11, 22), 0)], report.Daily);
    }

    [Fact]
    public async Task CountsTheConversationsThatUsedTheLanguageModelAndSumsTheirTokens()
    {
        var all = await _host.Get<KpiService>().ReportAsync(Period, default);
        var directLine = await _host.Get<KpiService>().ReportAsync(Period with { Channel = "directline" }, default);
        var before = await _host.Get<KpiService>().ReportAsync(new KpiPeriod(At(1, 0), At(20, 0)), default);

        // k1, k3 and k4 (no complaint still used the model); k2 and k5 used none; k6 started after the period.
        Assert.Equal(new ModelUsage(3, 5_000), all.LanguageModel);
        Assert.Equal(5_000 / 3.0, all.LanguageModel.TokensPerConversation!.Value, 6);
        Assert.Equal(new ModelUsage(2, 2_000), directLine.LanguageModel);
        Assert.Equal(ModelUsage.None, before.LanguageModel);
        Assert.Null(before.LanguageModel.TokensPerConversation);
    }

    [Fact]
    public async Task ReportsTheCaseSideFallingBackToEventsWhereTimesWereNotRecorded()
    {
        var report = await _host.Get<KpiService>().ReportAsync(Period, default);

        Assert.Equal(new DurationStats(2, TimeSpan.FromHours(1.5), TimeSpan.FromHours(2)), report.FirstResponse); // 2 h (taken), 1 h
        Assert.Equal(new DurationStats(2, TimeSpan.FromHours(20), TimeSpan.FromHours(30)), report.Resolution);   // 30 h (event), 10 h
        Assert.Equal(new Rate(2, 2), report.FirstResponseSla);
        Assert.Equal(new Rate(2, 3), report.ResolutionSla); // the agreed remedy is past its deadline
        Assert.Equal([new ModelCount("JZT-Q5", 2)], report.ReopenedCases); // AS-2, and AS-0 opened before the period
    }

    [Fact]
    public async Task CountsUnitsRepairedTwiceWithARepairInThePeriod()
    {
        var report = await _host.Get<KpiService>().ReportAsync(Period, default);

        Assert.Equal([new ModelCount("JZT-Q5", 2)], report.RepeatFailures);
    }

    [Fact]
    public async Task NarrowsToOneChannel()
    {
        var report = await _host.Get<KpiService>().ReportAsync(Period with { Channel = "directline" }, default);

        Assert.Equal(2, report.Complaints);
        Assert.Equal(new Rate(1, 2), report.Escalation);
        Assert.Equal(new Rate(2, 2), report.ResolutionSla);
    }

    private async Task SeedConversationsAsync()
    {
        await using var db = _host.CreateDbContext();
        void Add(string id, string channel, DateTimeOffset at, string? outcome, bool escalated = false, int made = 0, int accepted = 0,
            string? codes = null, int tokens = 0) =>
            db.Conversations.Add(new ConversationRecord
            {
                Id = id, ChannelId = channel, CreatedAt = at, UpdatedAt = at, Outcome = outcome, Escalated = escalated,
                OffersMade = made, OffersAccepted = accepted, ReasonCodes = codes, ModelTokens = tokens,
            });
        Add("k1", "directline", At(21, 2), TranscriptOutcomes.Agreed, made: 1, accepted: 1, codes: "IN_WARRANTY", tokens: 1_200);
        Add("k2", "directline", At(21, 3), TranscriptOutcomes.Escalated, escalated: true, made: 2, codes: "USER_DAMAGE,VOLTAGE");
        Add("k3", "msteams", At(21, 4), TranscriptOutcomes.Agreed, escalated: true, made: 1, accepted: 1, codes: "USER_DAMAGE", tokens: 3_000);
        Add("k4", "directline", At(21, 5), TranscriptOutcomes.NoComplaint, tokens: 800);
        Add("k5", "directline", At(21, 6), null);
        Add("k6", "directline", At(25, 1), TranscriptOutcomes.Agreed, made: 1, accepted: 1, tokens: 5_000);
        await db.SaveChangesAsync();
    }

    private async Task SeedCasesAsync()
    {
        await using var db = _host.Get<IDbContextFactory<EscalationDbContext>>().CreateDbContext();
        EscalatedCase Case(string number, string channel, DateTimeOffset opened, EscalationReason? reason, CaseStatus status, DateTimeOffset? firstRespondedAt = null, DateTimeOffset? resolvedAt = null) => new()
        {
            Number = number, ConversationId = "k-" + number, ChannelId = channel, Locale = "zh-CN", Reason = reason, Status = status, FirstRespondedAt = firstRespondedAt, ResolvedAt = resolvedAt,
            OpenedAt = opened, FirstResponseDue = opened.AddHours(24), ResolutionDue = opened.AddHours(48),
            Sheet = CaseBuilders.FullSheet("k-" + number),
        };
        CaseEvent Event(string number, DateTimeOffset at, string kind) => new() { CaseNumber = number, At = at, Kind = kind, Actor = "李娜" };

        var taken = Case("AS-1", "directline", At(21, 2), EscalationReason.CustomerAskedForPerson, CaseStatus.Resolved);
        var recorded = Case("AS-2", "directline", At(21, 3), EscalationReason.NeedsReview, CaseStatus.Reopened, At(21, 4), At(21, 13));
        var agreed = Case("AS-3", "msteams", At(21, 4), null, CaseStatus.ActionPending);
        var earlier = Case("AS-0", "directline", At(19, 2), EscalationReason.CustomerAskedForPerson, CaseStatus.Queued);
        db.Cases.AddRange(taken, recorded, agreed, earlier);
        db.Events.AddRange(
            Event("AS-1", At(21, 4), CaseEventKinds.Taken), Event("AS-1", At(22, 8), CaseEventKinds.Resolved),
            Event("AS-2", At(21, 6), CaseEventKinds.Taken), Event("AS-2", At(21, 20), CaseEventKinds.Reopened),
            Event("AS-0", At(21, 5), CaseEventKinds.Reopened));
        await db.SaveChangesAsync();
    }

    private async Task SeedRepairsAsync()
    {
        await using var db = _host.Get<IDbContextFactory<KnowledgeDbContext>>().CreateDbContext();
        void Unit(string serial, string model, params DateOnly[] repairs)
        {
            db.Purchases.Add(new PurchaseRecord { Serial = serial, Model = model, Dealer = "D", Zone = "CITY", SaleDate = new DateOnly(2025, 1, 1) });
            foreach (var (date, i) in repairs.Select((d, i) => (d, i)))
                db.Repairs.Add(new RepairRecord { Id = $"{serial}-{i}", Serial = serial, Date = date, FaultCode = "LEAK", Outcome = "REPAIRED" });
        }
        Unit("S1", "JZT-Q5", new(2026, 10, 1), new(2026, 11, 21));                    // twice, once in the period
        Unit("S2", "JZT-Q5", new(2026, 1, 5), new(2026, 2, 5));                       // twice, both before
        Unit("S3", "XQB-80", new(2026, 11, 21), new(2026, 11, 23));                   // the second after the period
        Unit("S4", "JZT-Q5", new(2026, 3, 1), new(2026, 6, 1), new(2026, 11, 22));    // three times
        await db.SaveChangesAsync();
    }
}
