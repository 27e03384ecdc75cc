using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// Issue 12, twenty-sixth round (2026-12-06): gaps named in round 56–59 and what the round-60–67 strangers' customers typed
/// that the interpreter misread, in other words. How many years a customer has used our products (十几年了, 二十来年了) is
/// no start of the problem.
/// </summary>
public sealed class RoundSixtyUnderstandingTests
{
    /// <summary>Years of use said as a duration, next to using it: no date of the fault (before: 十几年了 read as "几年了", three
    /// years ago, and became the problem's start, so a fresh licence went to review as a fault older than its sale).</summary>
    [Theory]
    [InlineData("我们单位从你们6.0版本起就在用,十几年了,头一回这么离谱")]
    [InlineData("你们家的打印机我们一直在用，二十几年了，没见过这样的")]
    [InlineData("用你们牌子的热水器，好几年了，从来没出过事")]
    public void YearsOfUseAreNoStart(string text) =>
        Assert.DoesNotContain(Interpret(text, "zh-CN").Dates, d => d.Role == DateRole.Start);

    /// <summary>A duration of a fault still starts it.</summary>
    [Theory]
    [InlineData("热水器不出热水，都三天了", 3)]
    [InlineData("打印机卡纸两个星期了", 14)]
    public void AFaultsDurationStillStartsIt(string text, int daysAgo) =>
        Assert.Contains(Interpret(text, "zh-CN").Dates, d => d.Role == DateRole.Start && d.Date == DateOnly.FromDateTime(Now.Date).AddDays(-daysAgo));
}
