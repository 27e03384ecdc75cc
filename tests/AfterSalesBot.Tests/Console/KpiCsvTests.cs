using AfterSalesBot.Escalation.Kpis;

namespace AfterSalesBot.Tests.Console;

public sealed class KpiCsvTests
{
    private static readonly KpiPeriod Period = new(new(2026, 11, 20, 16, 0, 0, TimeSpan.Zero), new(2026, 11, 21, 16, 0, 0, TimeSpan.Zero));

    private static KpiReport Report(Rate agreement, IReadOnlyList<CodeCount> reasons) => new(Period, Period.To, 3,
        new Rate(1, 3), new Rate(2, 3), agreement, new DurationStats(2, TimeSpan.FromMinutes(90), TimeSpan.FromHours(3)),
        DurationStats.None, new Rate(1, 2), new Rate(0, 0), reasons, [new ModelCount("JZT-Q5", 2)], [], [new DayCount(new DateOnly(2026, 11, 21), 3)]);

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
    public void GuardsCellsThatASpreadsheetWouldRun()
    {
        var text = KpiCsv.ToText(Report(new Rate(1, 1), [new CodeCount("=HYPERLINK(\"x\")", 1)]));

        Assert.Contains("reason,\"'=HYPERLINK(\"\"x\"\")\",1,,", text);
    }

    [Fact]
    public void StartsWithAByteOrderMark() => Assert.Equal([0xEF, 0xBB, 0xBF], KpiCsv.ToBytes(Report(new Rate(1, 1), []))[..3]);
}
