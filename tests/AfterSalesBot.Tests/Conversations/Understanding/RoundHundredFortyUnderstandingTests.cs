using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// Issue 12, thirty-sixth round (2026-12-07): what the round-140–147 strangers' customers typed that the interpreter misread
/// (clarifying questions back to the bot, uncertain dates, self-described knocks), in other words. Today is 2026-11-22.
/// </summary>
public sealed class RoundHundredFortyUnderstandingTests
{
    /// <summary>A power cut heard of, and then whether the supply surged not known (有没有波动我不清楚): the supply stays open for
    /// the decision, never a voltage exclusion owned up to.</summary>
    [Theory]
    [InlineData("说不好 前天小区停过一回电 有没有波动我也说不准")]
    [InlineData("上个月楼里断过电，电有没有不稳我不清楚")]
    public void AnOutageWithTheSurgeNotKnownLeavesTheSupplyOpen(string text)
    {
        var read = Interpret(text, "zh-CN");
        Assert.True(read.VoltageNotKnown);
        Assert.False(read.Causes.GetValueOrDefault("VOLTAGE"));
    }

    /// <summary>A word of the bot's own question asked about (改装指的是啥, 拆开是指什么) is asked about, nothing owned up to.</summary>
    [Theory]
    [InlineData("改装指的是啥？")]
    [InlineData("拆开是指什么？我们没打开过机器")]
    public void AWordOfTheQuestionAskedAboutIsNoCause(string text) =>
        Assert.DoesNotContain(Interpret(text, "zh-CN").Causes, c => c.Value);

    /// <summary>Toner topped up or changed in the ordinary way (正常加墨粉, 平时换换硒鼓), or asked whether changing it counts
    /// (换硒鼓算不算), is upkeep: no refill modification and no consumable asked for or failed.</summary>
    [Theory]
    [InlineData("我们一直是按时正常加墨粉的")]
    [InlineData("换硒鼓算不算？")]
    [InlineData("我们就是平常换换硒鼓")]
    public void RoutineTonerUpkeepIsNoModificationAndNoConsumable(string text)
    {
        var read = Interpret(text, "zh-CN");
        Assert.False(read.Causes.GetValueOrDefault("MODIFICATION"));
        Assert.Null(read.Consumable);
    }

    /// <summary>A knock owned up to with 碰过一下 (孩子碰过一下外壳) is a knock, and denied as the cause it is disputed; never a
    /// knock: 从来没碰过.</summary>
    [Fact]
    public void AKnockOwnedUpToWithGuoIsAKnock()
    {
        var read = Interpret("孙子拿玩具碰过一下侧面 但我不认为是这个原因", "zh-CN");
        Assert.True(read.Causes.GetValueOrDefault("USER_DAMAGE"));
        Assert.True(read.ClaimsQualityFault);
        Assert.False(Interpret("从来没碰过一下", "zh-CN").Causes.GetValueOrDefault("USER_DAMAGE"));
    }

    /// <summary>One of the staff asked for after a thank-you ("thanks, but I'd really rather speak to one of your staff") is a
    /// person asked for, never the offer taken (round 147: the thanks was read as agreement).</summary>
    [Theory]
    [InlineData("thank you, but I'd honestly prefer to talk to one of your staff")]
    [InlineData("cheers, but can I speak with a member of staff please")]
    public void OneOfTheStaffAfterAThankYouIsAPerson(string text) =>
        Assert.Equal(Intent.Human, Interpret(text, "en-GB").Intent);

    /// <summary>The liquid named before the spill (小孩把一点水洒在盖板上了, 水是洒过一点) is liquid on the unit; denied as the cause,
    /// disputed. Water running out of a leaking heater is no spill.</summary>
    [Fact]
    public void ALiquidNamedBeforeTheSpillIsLiquidOnTheUnit()
    {
        Assert.True(Interpret("上周儿子把半杯水洒在出纸口那儿了", "zh-CN").Causes.GetValueOrDefault("USER_DAMAGE"));
        var disputed = Interpret("茶是泼过一点在面板上，但我认为跟这个没关系", "zh-CN");
        Assert.True(disputed.Causes.GetValueOrDefault("USER_DAMAGE"));
        Assert.True(disputed.ClaimsQualityFault);
        Assert.False(Interpret("热水器底下漏水，水流得到处都是", "zh-CN").Causes.GetValueOrDefault("USER_DAMAGE"));
    }
}
