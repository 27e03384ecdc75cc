using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

public class DateRecogniserTests
{
    [Theory]
    [InlineData("bought it on 2025-03-14", "2026-11-22", "2025-03-14")]
    [InlineData("it wont light since the 25th", "2026-12-03", "2026-11-25")]
    [InlineData("hasn't worked since the 2nd", "2026-12-03", "2026-12-02")]
    [InlineData("since the 25th", "2026-11-22", "2026-10-25")]
    [InlineData("2025/3/14买的", "2026-11-22", "2025-03-14")]
    [InlineData("purchased 14/03/2025", "2026-11-22", "2025-03-14")]
    [InlineData("on 03/04/2025", "2026-11-22", "2025-04-03")] // ambiguous: day first
    [InlineData("on 04/13/2025", "2026-11-22", "2025-04-13")] // the second number cannot be a month
    [InlineData("March 14 2025", "2026-11-22", "2025-03-14")]
    [InlineData("14 March 2025", "2026-11-22", "2025-03-14")]
    [InlineData("the 14th of March, 2025", "2026-11-22", "2025-03-14")]
    [InlineData("bought on Mar 14", "2026-11-22", "2026-03-14")]
    [InlineData("bought on Dec 31", "2026-01-01", "2025-12-31")] // this year's would be in the future
    [InlineData("2025年3月14日", "2026-11-22", "2025-03-14")]
    [InlineData("二〇二五年三月十四日", "2026-11-22", "2025-03-14")]
    [InlineData("3月14日买的", "2026-03-13", "2025-03-14")]
    [InlineData("3月14号买的", "2026-03-14", "2026-03-14")]
    [InlineData("2024年2月29日", "2026-11-22", "2024-02-29")]
    [InlineData("today", "2026-11-22", "2026-11-22")]
    [InlineData("今天", "2026-11-22", "2026-11-22")]
    [InlineData("yesterday", "2026-01-01", "2025-12-31")]
    [InlineData("昨天", "2026-01-01", "2025-12-31")]
    [InlineData("the day before yesterday", "2026-03-01", "2026-02-27")]
    [InlineData("前天", "2024-03-01", "2024-02-28")]
    [InlineData("3 days ago", "2026-01-02", "2025-12-30")]
    [InlineData("三天前", "2026-11-22", "2026-11-19")]
    [InlineData("3天前", "2026-11-22", "2026-11-19")]
    [InlineData("a week ago", "2026-11-22", "2026-11-15")]
    [InlineData("一周前", "2026-11-22", "2026-11-15")]
    [InlineData("上周", "2026-11-22", "2026-11-15")]
    [InlineData("two weeks ago", "2026-11-22", "2026-11-08")]
    [InlineData("last month", "2026-03-31", "2026-02-28")]
    [InlineData("last month", "2024-03-31", "2024-02-29")]
    [InlineData("上个月", "2024-03-31", "2024-02-29")]
    [InlineData("a month ago", "2026-01-15", "2025-12-15")]
    [InlineData("三个月前", "2026-05-31", "2026-02-28")]
    [InlineData("半年前", "2026-08-31", "2026-02-28")]
    [InlineData("其实一个半月前就开始不好打了", "2026-12-03", "2026-10-19")]
    [InlineData("一年半以前", "2026-12-03", "2025-06-03")]
    [InlineData("it started a month and a half ago", "2026-12-03", "2026-10-19")]
    [InlineData("last year", "2024-02-29", "2023-02-28")]
    [InlineData("去年", "2028-02-29", "2027-02-28")]
    [InlineData("last March", "2026-01-15", "2025-03-01")]
    [InlineData("last March", "2026-03-10", "2025-03-01")]
    [InlineData("last March", "2026-12-20", "2026-03-01")]
    [InlineData("去年三月", "2026-01-15", "2025-03-01")]
    [InlineData("去年三月", "2026-03-10", "2025-03-01")]
    [InlineData("去年三月", "2026-12-20", "2025-03-01")]
    [InlineData("last monday", "2026-11-22", "2026-11-16")]
    public void ResolvesAgainstTheCustomersToday(string text, string today, string expected)
    {
        var dates = Interpret(text, now: ShanghaiMorningOf(today)).Dates;

        Assert.Equal([expected], dates.Select(d => Iso(d.Date)));
    }

    [Fact]
    public void TheSameInstantIsADifferentTodayInShanghaiAndLosAngeles()
    {
        var instant = new DateTimeOffset(2026, 1, 1, 2, 0, 0, TimeSpan.Zero); // 10:00 in Shanghai, 18:00 the day before in LA

        Assert.Equal("2026-01-01", Iso(Interpret("today", now: instant, zone: Shanghai).Dates.Single().Date));
        Assert.Equal("2025-12-31", Iso(Interpret("today", now: instant, zone: LosAngeles).Dates.Single().Date));
        Assert.Equal("2025-12-30", Iso(Interpret("yesterday", now: instant, zone: LosAngeles).Dates.Single().Date));
        Assert.Equal("2025-12-31", Iso(Interpret("昨天", now: instant, zone: Shanghai).Dates.Single().Date));
    }

    [Fact]
    public void ReturnsEveryDateWithTheWordsItCameFrom()
    {
        var dates = Interpret("半年前买的，前天开始漏水").Dates;

        Assert.Equal([("半年前", "2026-05-22"), ("前天", "2026-11-20")], dates.Select(d => (d.Text, Iso(d.Date))));
    }

    [Fact]
    public void TheLongestReadingWins()
    {
        Assert.Equal(["2026-11-20"], Interpret("the day before yesterday").Dates.Select(d => Iso(d.Date)));
        Assert.Equal(["2025-03-01"], Interpret("去年三月买的").Dates.Select(d => Iso(d.Date)));
    }

    [Theory]
    [InlineData("warranty for 12 months?")]
    [InlineData("我用了三年了")]
    [InlineData("may I ask something")]
    [InlineData("29/02/2023")]
    [InlineData("case AS-20261122-0007")]
    [InlineData("serial RH1626107726")]
    [InlineData("this is the 2nd time it broke")]
    [InlineData("it's the 3rd repair")]
    [InlineData("we live on the 5th floor")]
    public void FindsNoDateWhereThereIsNone(string text) => Assert.Empty(Interpret(text).Dates);
}
