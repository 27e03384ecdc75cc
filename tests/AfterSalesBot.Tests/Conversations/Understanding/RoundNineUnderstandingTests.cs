using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// Issue 12, eighth round (2026-12-03): how a sixth stranger's customers typed what the interpreter misread. Written
/// before the fixes, in other words than the round-9 scenarios.
/// </summary>
public sealed class RoundNineUnderstandingTests
{
    /// <summary>麻烦您 is the polite "may I trouble you", not annoyance; 太麻烦了 still is.</summary>
    [Theory]
    [InlineData("您好，麻烦您帮我看一下，热水器不出热水了", 0)]
    [InlineData("麻烦帮忙查一下我的打印机保修", 0)]
    [InlineData("麻烦你们了，谢谢", 0)]
    [InlineData("修个东西这么麻烦，真烦", 1)]
    [InlineData("太麻烦了", 1)]
    public void PoliteTroubleIsNotAnger(string text, int anger) =>
        Assert.Equal(anger, Interpret(text, "zh-CN").Anger);

    /// <summary>A repair with money on top ("修好，另外损失要赔") is a repair first; the money is a demand beside it.</summary>
    [Theory]
    [InlineData("给我修好，另外耽误的工钱你们得赔", "zh-CN", DesiredOutcome.Repair, true)]
    [InlineData("fix it, and I want compensation for the wasted paper too", "en-US", DesiredOutcome.Repair, true)]
    [InlineData("just compensate me, 300 yuan", "en-US", DesiredOutcome.Compensation, false)]
    [InlineData("赔钱就行，不用修", "zh-CN", DesiredOutcome.Compensation, false)]
    [InlineData("请安排维修", "zh-CN", DesiredOutcome.Repair, false)]
    public void ARepairWithMoneyOnTopIsARepair(string text, string locale, DesiredOutcome wants, bool moneyToo)
    {
        var said = Interpret(text, locale);

        Assert.Equal((wants, moneyToo), (said.Wants, said.CompensationToo));
    }

    [Fact]
    public void TheSumAskedBesideARepairIsKept()
    {
        var said = Interpret("repair it and pay us 800 dollars for the lost day", "en-US");

        Assert.Equal((DesiredOutcome.Repair, true, 800m), (said.Wants, said.CompensationToo, said.AmountAsked));
    }

    /// <summary>Round 10: someone not ours who had a go at it is an outside repair; our technician's attempt is not.</summary>
    [Theory]
    [InlineData("a guy from the print shop downstairs tried to fix it before we called you", true)]
    [InlineData("somebody at the market stall tried to repair it", true)]
    [InlineData("your technician tried to fix it last month", false)]
    public void SomeoneNotOursWhoTriedIsAnOutsideRepair(string text, bool outside) =>
        Assert.Equal(outside, Interpret(text, "en-US").Causes.GetValueOrDefault("UNAUTHORISED_REPAIR"));

    /// <summary>Found by the round-9 and round-10 hold-outs (after they were measured): a serial corrected in the same message
    /// is the corrected one; two serials without a correction keep the first.</summary>
    [Theory]
    [InlineData("DE60G260384 - no sorry, I misread the label, it's DE60G260348", "DE60G260348")]
    [InlineData("lp22df251149 wait, it's LP22DF251194", "LP22DF251194")]
    [InlineData("YT923129591，不对，应该是YT926063911", "YT926063911")]
    [InlineData("LP22DF251194 and the other printer is LP22WW260485", "LP22DF251194")]
    public void ASerialCorrectedInTheSameMessageIsTheCorrectedOne(string text, string serial) =>
        Assert.Equal(serial, Interpret(text).Serial);

    /// <summary>"帮忙恢复一下" asks us to sort it (a repair wish); "麻烦您帮忙看一下" is only polite, no wish.</summary>
    [Theory]
    [InlineData("帮忙恢复一下", DesiredOutcome.Repair)]
    [InlineData("帮我们弄好就行", DesiredOutcome.Repair)]
    [InlineData("您好，麻烦您帮忙看一下：打印机一直卡纸", null)]
    public void AskingUsToSortItIsAWishButAskingUsToLookIsNot(string text, DesiredOutcome? wants) =>
        Assert.Equal(wants, Interpret(text, "zh-CN").Wants);
}
