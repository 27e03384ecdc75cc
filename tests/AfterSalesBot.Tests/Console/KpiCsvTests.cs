using AfterSalesBot.Escalation.Kpis;

namespace AfterSalesBot.Tests.Console;

public sealed class KpiCsvTests
{
    private static readonly KpiPeriod Period = new(new(2026, 11, 20, 16, 0, 0, TimeSpan.Zero), new(2026, 11, 21, 16, 0, 0, TimeSpan.Zero));

    private static KpiReport Report(Rate agreement, IReadOnlyList<CodeCount> reasons, ModelUsage? model = null) => new(Period, Period.To, 3,
        new Rate(1, 3), new Rate(2, 3), agreement, new DurationStats(2, TimeSpan.FromMinutes(90), TimeSpan.FromHours(3)),
        DurationStats.None, new Rate(1, 2), new Rate(0, 0), reasons, [new ModelCount("JZT-Q5", 2)], [], [new DayCount(new DateOnly(2026, 11, 21), 3)],
        model ?? ModelUsage.None);

    [Fact]
    public void WritesRatesAsFractionsAndLeavesNoDenominatorEmpty()
    {
        var lines = KpiCsv.ToText(Report(new Rate(0, 0), [])).Split("\r\n");

        Assert.Equal("section,name,value,count,of", lines[0]);
        Assert.Contains("rate,escalation,0.6667,2,3", lines);
        Assert.Contains("rate,agreement,,0,0", lines);
        Assert.Contains("rate,resolution_sla,,0,0", lines);
        Assert.Contains("minutes,first_response_median,90,2,", lines);
        Assert.Contains("minutes,resolution_p90,,0,", lines);
        Assert.Contains("repeat_failures,JZT-Q5,2,,", lines);
        Assert.Contains("daily,2026-11-21,3,,", lines);
    }

    [Fact]
    public void HasTheLanguageModelRowsWithTokensBeyondAnInt()
    {
        var used = KpiCsv.ToText(Report(new Rate(1, 1), [], new ModelUsage(2, 3_000_000_000))).Split("\r\n");
        var unused = KpiCsv.ToText(Report(new Rate(1, 1), [])).Split("\r\n");

        Assert.Equal(["language_model,conversations,2,,", "language_model,tokens,3000000000,,"],
            used.Where(l => l.StartsWith("language_model,", StringComparison.Ordinal)));
        Assert.Equal(["language_model,conversations,0,,", "language_model,tokens,0,,"],
            unused.Where(l => l.StartsWith("language_model,", StringComparison.Ordinal)));
    }

    [Fact]
    public void GuardsCellsThatASpreadsheetWouldRun()
    {
        var text = KpiCsv.ToText(Report(new Rate(1, 1), [new CodeCount("=HYPERLINK(\"x\")", 1)]));

        Assert.Contains("reason,\"'=HYPERLINK(\"\"x\"\")\",1,,", text);
    }

    [Fact]
    public void WithTheFollowUpKpisAddsFollowUpAndSatisfactionRows()
    {
        var followUps = new FollowUpKpis(FollowUpsDone: 3, Repairs: 12, PerRepair: new Rate(3, 12), Quota: 0.3, AverageRating: 4.25,
            Distribution: [0, 0, 1, 1, 2], ConfirmedWorking: new Rate(2, 3), Reopened: new Rate(1, 8));

        var lines = KpiCsv.ToText(Report(new Rate(1, 1), []), followUps).Split("\r\n");

        Assert.Contains("follow_up,asked,3,,", lines);
        Assert.Contains("follow_up,repairs,12,,", lines);
        Assert.Contains("follow_up,quota,0.3,,", lines);
        Assert.Contains("follow_up,quota_met,no,,", lines);
        Assert.Contains("rate,follow_ups_per_repair,0.25,3,12", lines);
        Assert.Contains("rate,confirmed_working,0.6667,2,3", lines);
        Assert.Contains("rate,reopened,0.125,1,8", lines);
        Assert.Contains("satisfaction,average,4.25,4,", lines);
        Assert.Equal(["satisfaction,rated_1,0,,4", "satisfaction,rated_2,0,,4", "satisfaction,rated_3,1,,4", "satisfaction,rated_4,1,,4",
            "satisfaction,rated_5,2,,4"], lines.Where(l => l.StartsWith("satisfaction,rated_", StringComparison.Ordinal)));
    }

    [Fact]
    public void WithoutRepairsOrRatingsTheFollowUpCellsAreEmptyNotZeroDivided()
    {
        var none = new FollowUpKpis(0, 0, new Rate(0, 0), 0.3, null, [0, 0, 0, 0, 0], new Rate(0, 0), new Rate(0, 0));

        var lines = KpiCsv.ToText(Report(new Rate(1, 1), []), none).Split("\r\n");

        Assert.Contains("follow_up,quota_met,,,", lines);
        Assert.Contains("rate,follow_ups_per_repair,,0,0", lines);
        Assert.Contains("satisfaction,average,,0,", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("follow_up", StringComparison.Ordinal) && l.Contains("NaN", StringComparison.Ordinal));
        Assert.DoesNotContain("follow_up", KpiCsv.ToText(Report(new Rate(1, 1), [])));
    }

    [Fact]
    public void StartsWithAByteOrderMark() => Assert.Equal([0xEF, 0xBB, 0xBF], KpiCsv.ToBytes(Report(new Rate(1, 1), []))[..3]);
}
