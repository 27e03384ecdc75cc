using AfterSalesBot.Escalation.Console;

namespace AfterSalesBot.Tests.Console;

public sealed class DashboardPeriodTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>23 November 2026, 04:40 in Shanghai.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 20, 40, 0, TimeSpan.Zero);

    [Fact]
    public void LastSevenDaysEndWithTodayInTheBusinessZone()
    {
        var choice = DashboardPeriod.Choose(7, null, null, null, Now, Shanghai);

        Assert.Equal(new DateOnly(2026, 11, 17), choice.FirstDay);
        Assert.Equal(new DateOnly(2026, 11, 23), choice.LastDay);
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 16, 0, 0, TimeSpan.Zero), choice.Period.From);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 16, 0, 0, TimeSpan.Zero), choice.Period.To);
        Assert.Equal(7, choice.Days);
        Assert.Null(choice.Period.Channel);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(12)]
    [InlineData(-1)]
    public void AnythingButAPresetIsThirtyDays(int? days)
    {
        var choice = DashboardPeriod.Choose(days, null, null, " ", Now, Shanghai);

        Assert.Equal(DashboardPeriod.DefaultDays, choice.Days);
        Assert.Equal(new DateOnly(2026, 10, 25), choice.FirstDay);
        Assert.Null(choice.Period.Channel);
    }

    [Fact]
    public void ChosenDaysIncludeTheLastAndMaySwap()
    {
        var choice = DashboardPeriod.Choose(7, new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 1), "msteams", Now, Shanghai);

        Assert.Null(choice.Days);
        Assert.Equal(new DateOnly(2026, 11, 1), choice.FirstDay);
        Assert.Equal(new DateOnly(2026, 11, 10), choice.LastDay);
        Assert.Equal(TimeSpan.FromDays(10), choice.Period.To - choice.Period.From);
        Assert.Equal("msteams", choice.Period.Channel);
    }

    [Fact]
    public void TooLongASpanKeepsItsLastDay()
    {
        var choice = DashboardPeriod.Choose(null, new DateOnly(2020, 1, 1), new DateOnly(2026, 11, 10), null, Now, Shanghai);

        Assert.Equal(new DateOnly(2026, 11, 10), choice.LastDay);
        Assert.Equal(DashboardPeriod.MaxDays, choice.LastDay.DayNumber - choice.FirstDay.DayNumber + 1);
    }

    [Fact]
    public void ADayWhoseMidnightIsSkippedStartsAtTheFirstTimeThatExists()
    {
        // Chile moves its clocks forward at midnight: 2026-09-06 00:00 does not exist in Santiago.
        var santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");
        var start = DashboardPeriod.StartOf(new DateOnly(2026, 9, 6), santiago);

        Assert.False(santiago.IsInvalidTime(start.DateTime));
        Assert.Equal(new DateOnly(2026, 9, 6), DateOnly.FromDateTime(start.DateTime));
    }
}
