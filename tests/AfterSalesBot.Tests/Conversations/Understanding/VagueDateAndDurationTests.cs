using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>Vague dates and durations resolve to the conventional day (Understanding README), marked approximate.</summary>
public class VagueDateAndDurationTests
{
    [Theory]
    [InlineData("前两天开始的", "2027-01-01", "2026-12-30")]
    [InlineData("前几天", "2026-03-02", "2026-02-27")]
    [InlineData("前些天还好好的", "2026-11-22", "2026-11-19")]
    [InlineData("几天前", "2024-03-01", "2024-02-27")]
    [InlineData("好几个月前", "2026-01-15", "2025-10-15")]
    [InlineData("上周末", "2027-01-03", "2026-12-26")]       // a Sunday: the Saturday of the week before
    [InlineData("上个周末", "2027-01-04", "2027-01-02")]      // a Monday
    [InlineData("the other day", "2026-03-01", "2026-02-27")]
    [InlineData("a few days ago", "2026-01-01", "2025-12-29")]
    [InlineData("last weekend", "2026-11-22", "2026-11-14")]
    [InlineData("last weekend", "2027-01-04", "2027-01-02")]
    [InlineData("over the weekend", "2026-11-23", "2026-11-21")]
    [InlineData("for 2 weeks", "2027-01-05", "2026-12-22")]
    [InlineData("no hot water for three days now", "2026-01-02", "2025-12-30")]
    [InlineData("leaking for the past few days", "2026-11-22", "2026-11-19")]
    [InlineData("for the past week", "2026-11-22", "2026-11-15")]
    [InlineData("it's been like this for a month", "2024-03-31", "2024-02-29")]
    [InlineData("两个星期了", "2027-01-05", "2026-12-22")]
    [InlineData("一个多星期了", "2026-11-22", "2026-11-15")]
    [InlineData("半个月了", "2026-03-10", "2026-02-23")]
    [InlineData("好几天了", "2027-01-02", "2026-12-30")]
    [InlineData("已经3天了", "2026-11-22", "2026-11-19")]
    [InlineData("一个多月了", "2026-03-31", "2026-02-28")]
    [InlineData("半年了", "2026-08-31", "2026-02-28")]
    public void ResolvesToTheConventionalDayAndSaysItIsApproximate(string text, string today, string expected)
    {
        var date = Assert.Single(Interpret(text, now: ShanghaiMorningOf(today)).Dates);

        Assert.Equal(expected, Iso(date.Date));
        Assert.True(date.Approximate, $"“{text}” should be approximate");
    }

    [Theory]
    [InlineData("2 weeks ago")]
    [InlineData("3 days ago")]
    [InlineData("前天")]
    [InlineData("三天前")]
    [InlineData("2026-11-20")]
    public void AnExactDateIsNotApproximate(string text) => Assert.False(Assert.Single(Interpret(text).Dates).Approximate);

    [Fact]
    public void TwoWeeksAgoIsCountedFromTheCustomersOwnDay()
    {
        var instant = new DateTimeOffset(2027, 1, 4, 17, 0, 0, TimeSpan.Zero); // 2027-01-05 01:00 in Shanghai, 2027-01-04 09:00 in LA

        Assert.Equal("2026-12-22", Iso(Interpret("2 weeks ago", now: instant, zone: Shanghai).Dates.Single().Date));
        Assert.Equal("2026-12-22", Iso(Interpret("漏水两个星期了", now: instant, zone: Shanghai).Dates.Single().Date));
        Assert.Equal("2026-12-21", Iso(Interpret("leaking for 2 weeks", now: instant, zone: LosAngeles).Dates.Single().Date));
        Assert.Equal("2027-01-02", Iso(Interpret("上周末", now: instant, zone: Shanghai).Dates.Single().Date));
    }

    [Fact]
    public void LastWeekendDependsOnWhetherTheCustomersWeekHasTurned()
    {
        var instant = new DateTimeOffset(2027, 1, 3, 17, 0, 0, TimeSpan.Zero); // Monday 2027-01-04 01:00 in Shanghai, Sunday 09:00 in LA

        Assert.Equal("2027-01-02", Iso(Interpret("上周末", now: instant, zone: Shanghai).Dates.Single().Date));
        Assert.Equal("2026-12-26", Iso(Interpret("last weekend", now: instant, zone: LosAngeles).Dates.Single().Date));
    }

    [Theory]
    [InlineData("2 weeks warranty?")]
    [InlineData("is the warranty for 2 years?")]
    [InlineData("is it covered for 12 months")]
    [InlineData("I have had it for 3 years with no problems")]
    [InlineData("I have been waiting for a week, any news?")]
    [InlineData("my model is DC-3020")]
    [InlineData("JSQ-H16, 16 litres")]
    [InlineData("保修两年吗？")]
    [InlineData("用了两年了，一直挺好的")]
    [InlineData("等了三天了")]
    [InlineData("投诉好几天了，有回音吗")]
    [InlineData("买了不到一个月")]
    public void ADurationAboutSomethingElseIsNoDate(string text) => Assert.Empty(Interpret(text).Dates);

    [Theory]
    [InlineData("热水器一会冷一会热", "NO_HOT_WATER")]
    [InlineData("水一会儿热一会儿冷", "NO_HOT_WATER")]
    [InlineData("水忽冷忽热的", "NO_HOT_WATER")]
    [InlineData("出水时冷时热", "NO_HOT_WATER")]
    [InlineData("水温忽高忽低", "NO_HOT_WATER")]
    [InlineData("the water is sometimes hot sometimes cold", "NO_HOT_WATER")]
    [InlineData("it keeps going hot and cold", "NO_HOT_WATER")]
    [InlineData("the shower runs hot then cold", "NO_HOT_WATER")]
    [InlineData("the hot water comes and goes", "NO_HOT_WATER")]
    [InlineData("hot water on and off all week", "NO_HOT_WATER")]
    [InlineData("the temperature fluctuates", "NO_HOT_WATER")]
    [InlineData("灶的火时有时无", "FLAME_GOES_OUT")]
    [InlineData("the flame goes on and off", "FLAME_GOES_OUT")]
    public void AnIntermittentSymptomIsItsFault(string text, string code)
    {
        var said = Interpret(text);

        Assert.Equal([code], said.Symptoms);
        Assert.Equal(Bot.Conversations.Understanding.Intent.Complaint, said.Intent);
    }

    [Theory]
    [InlineData("the hot and cold pipes are leaking", "LEAK")]
    [InlineData("the noise comes and goes", "NOISE")]
    public void HotAndColdOrOnAndOffAloneIsNotAnIntermittentFault(string text, string code) =>
        Assert.Equal([code], Interpret(text).Symptoms);
}
