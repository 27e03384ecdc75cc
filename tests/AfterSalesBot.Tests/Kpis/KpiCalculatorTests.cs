using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Escalation.Kpis;

namespace AfterSalesBot.Tests.Kpis;

/// <summary>A seeded set whose every number was worked out by hand (in the comments).</summary>
public sealed class KpiCalculatorTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>Shanghai's 21, 22 and 23 November 2026.</summary>
    private static readonly KpiPeriod Period = new(At(2026, 11, 20, 16), At(2026, 11, 23, 16));

    private static readonly DateTimeOffset T0 = At(2026, 11, 21, 0);
    private static readonly DateTimeOffset Now = At(2026, 11, 24, 4);

    private static DateTimeOffset At(int y, int m, int d, int h, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.Zero);

    private static ComplaintFacts Complaint(DateTimeOffset at, string outcome, bool escalated, int made, int accepted, params string[] codes) =>
        new(at, "JZT-Q5", outcome, escalated, made, accepted, codes);

    private static readonly ComplaintFacts[] Complaints =
    [
        Complaint(At(2026, 11, 20, 17), TranscriptOutcomes.Agreed, false, 1, 1, "IN_WARRANTY"),          // 21st 01:00
        Complaint(At(2026, 11, 21, 15, 59), TranscriptOutcomes.Agreed, true, 1, 1, "VOLTAGE", "USER_DAMAGE"), // 21st 23:59
        Complaint(At(2026, 11, 21, 16), TranscriptOutcomes.Escalated, true, 2, 0, "USER_DAMAGE"),         // 22nd 00:00
        Complaint(At(2026, 11, 22, 3), TranscriptOutcomes.InProgress, false, 0, 0),                       // 22nd
        Complaint(At(2026, 11, 22, 10), TranscriptOutcomes.Agreed, false, 2, 1, "USER_DAMAGE", "USER_DAMAGE"), // 22nd
        Complaint(At(2026, 11, 23, 15), TranscriptOutcomes.Escalated, true, 0, 0, "EXPIRED"),             // 23rd 23:00
    ];

    private static CaseFacts Case(string number, bool escalated, double openedAfter, double firstDue, double resolutionDue,
        double? responded, double? resolved)
    {
        var opened = T0.AddHours(openedAfter);
        return new CaseFacts(number, opened, escalated, opened.AddHours(firstDue), opened.AddHours(resolutionDue),
            responded is { } r ? opened.AddHours(r) : null, resolved is { } s ? opened.AddHours(s) : null);
    }

    private static readonly CaseFacts[] Cases =
    [
        Case("A", true, 0, 24, 48, 1, 10),     // answered 1 h (met), resolved 10 h (met)
        Case("B", true, 0, 24, 48, 3, 50),     // answered 3 h (met), resolved 50 h (missed)
        Case("C", true, 0, 1, 48, 2, null),    // answered 2 h (missed), unresolved past its deadline (missed)
        Case("D", true, 60, 24, 48, null, null), // deadlines still ahead: counted nowhere
        Case("E", false, 0, 24, 48, null, 20), // an agreed remedy: no first response; resolved 20 h (met)
        Case("F", true, 0, 4, 48, 5, 48),      // answered 5 h (missed), resolved on the deadline (met)
    ];

    private static KpiReport Report() => KpiCalculator.Calculate(new KpiInputs(Period, Now, Shanghai, Complaints, Cases,
        ["JZT-Q5", null, "JZT-Q5"], [new ModelCount("XQB-80", 2)]));

    [Fact]
    public void CountsComplaintsAndTheRatesOfThem()
    {
        var report = Report();

        Assert.Equal(6, report.Complaints);
        Assert.Equal(new Rate(2, 6), report.BotResolution); // agreed, never with a person
        Assert.Equal(new Rate(3, 6), report.Escalation);
        Assert.Equal(new Rate(3, 4), report.Agreement);     // 4 got an offer, 3 accepted one
        Assert.Equal(0.75, report.Agreement.Value);
    }

    [Fact]
    public void TimesFirstResponsesOfEscalatedCasesAndResolutionsOfAllCases()
    {
        var report = Report();

        Assert.Equal(new DurationStats(4, TimeSpan.FromHours(2.5), TimeSpan.FromHours(5)), report.FirstResponse);  // 1 2 3 5
        Assert.Equal(new DurationStats(4, TimeSpan.FromHours(34), TimeSpan.FromHours(50)), report.Resolution);     // 10 20 48 50
    }

    [Fact]
    public void CountsServiceLevelsMetOfThoseDoneOrPastTheirDeadline()
    {
        var report = Report();

        Assert.Equal(new Rate(2, 4), report.FirstResponseSla); // A B met; C F missed; D not yet due
        Assert.Equal(new Rate(3, 5), report.ResolutionSla);    // A E F met; B late; C overdue; D not yet due
    }

    [Fact]
    public void MixesReasonsOncePerComplaintMostCitedFirst()
    {
        Assert.Equal(
            [new CodeCount("USER_DAMAGE", 3), new CodeCount("EXPIRED", 1), new CodeCount("IN_WARRANTY", 1), new CodeCount("VOLTAGE", 1)],
            Report().ReasonMix);
    }

    [Fact]
    public void CountsComplaintsPerBusinessDayIncludingTheEdgesOfTheDay()
    {
        Assert.Equal(
            [new DayCount(new DateOnly(2026, 11, 21), 2), new DayCount(new DateOnly(2026, 11, 22), 3), new DayCount(new DateOnly(2026, 11, 23), 1)],
            Report().Daily);
    }

    [Fact]
    public void GroupsReopenedCasesByModelAndPassesRepeatFailuresThrough()
    {
        var report = Report();

        Assert.Equal([new ModelCount("JZT-Q5", 2), new ModelCount(KpiCalculator.UnknownModel, 1)], report.ReopenedCases);
        Assert.Equal([new ModelCount("XQB-80", 2)], report.RepeatFailures);
    }

    [Fact]
    public void AnEmptyPeriodHasNoRatesRatherThanZeroOrNaN()
    {
        var report = KpiCalculator.Calculate(new KpiInputs(Period, Now, Shanghai, [], [], [], []));

        Assert.Equal(0, report.Complaints);
        Assert.Null(report.BotResolution.Value);
        Assert.Null(report.Escalation.Value);
        Assert.Null(report.Agreement.Value);
        Assert.Null(report.FirstResponseSla.Value);
        Assert.Null(report.ResolutionSla.Value);
        Assert.Equal(DurationStats.None, report.FirstResponse);
        Assert.Equal([0, 0, 0], report.Daily.Select(d => d.Count));
    }

    [Theory]
    [InlineData(new double[] { 3, 1, 2 }, 2, 3)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 5.5, 9)]
    [InlineData(new double[] { 7 }, 7, 7)]
    public void MedianIsTheMiddleAndP90TheNearestRank(double[] hours, double median, double p90)
    {
        var stats = KpiCalculator.Durations(hours.Select(TimeSpan.FromHours));

        Assert.Equal(TimeSpan.FromHours(median), stats.Median);
        Assert.Equal(TimeSpan.FromHours(p90), stats.P90);
        Assert.Equal(hours.Length, stats.Count);
    }
}
