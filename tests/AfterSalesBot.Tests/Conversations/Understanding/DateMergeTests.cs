using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>Our rules and the package merged (ADR 0014), through the interpreter, on Sunday 2026-11-22.</summary>
public class DateMergeTests
{
    [Theory]
    [InlineData("the heater stopped working on the 25th", "2026-10-25")]     // ours find nothing
    [InlineData("it has not heated properly since Nov 2nd", "2026-11-02")]    // ours read "since Nov" only
    [InlineData("bought it back in August 2025", "2025-08-01")]              // ours read "back in August"
    [InlineData("it broke at the end of last month", "2026-10-31")]          // ours read "last month"
    [InlineData("last tuesday the igniter kept clicking", "2026-11-17")]     // the package says the Tuesday of last week
    [InlineData("on 03/04/2025", "2025-04-03")]                              // ours: day first
    [InlineData("半年前买的", "2026-05-22")]                                   // the package says today
    [InlineData("上周五晚上突然没热水了", "2026-11-13")]
    [InlineData("上上周买的", "2026-11-08")]
    [InlineData("上个月底装的", "2026-10-31")]
    [InlineData("10月中旬开始的", "2026-10-15")]
    [InlineData("25号那天开始不出热水", "2026-10-25")]
    [InlineData("the Friday before last it just died", "2026-11-13")]
    public void TheReadingWithMoreDateWordsWinsAndOursOnATie(string text, string expected) =>
        Assert.Equal([expected], Interpret(text).Dates.Select(d => Iso(d.Date)));

    [Fact]
    public void AHedgedDayIsApproximate()
    {
        var date = Assert.Single(Interpret("大概半个月前开始有异响").Dates);

        Assert.Equal(("半个月前", "2026-11-07", true), (date.Text, Iso(date.Date), date.Approximate));
        Assert.False(Assert.Single(Interpret("半个月前开始有异响").Dates).Approximate);
    }

    [Fact]
    public void EveryDateOfAMessageIsKept() =>
        Assert.Equal(["2026-11-16", "2026-11-22"], Interpret("这周一买的，今天就坏了").Dates.Select(d => Iso(d.Date)));

    [Theory]
    [InlineData("3号线地铁站旁边那家店买的")]
    [InlineData("装了5号电池还是打不着")]
    [InlineData("can your engineer come at 10am?")]
    [InlineData("case AS-20261122-0007")]
    public void NumbersThatAreNoDayStayNoDate(string text) => Assert.Empty(Interpret(text).Dates);
}
