using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Bot.Conversations.Understanding.Text;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// Issue 12, eleventh round (2026-12-04): what the round-11/12 hold-outs and the round-13/14 strangers' customers typed that
/// the interpreter misread. Written before the fixes, in other words than their scenarios.
/// </summary>
public sealed class RoundThirteenUnderstandingTests
{
    /// <summary>"不退了" turns the refund down: the wish that follows it is the wish.</summary>
    [Theory]
    [InlineData("不退了，还是换一台吧", DesiredOutcome.Replacement)]
    [InlineData("想了想不退货了，给我换个新的", DesiredOutcome.Replacement)]
    [InlineData("不换了，直接退款", DesiredOutcome.Refund)]
    [InlineData("要不换一台吧", DesiredOutcome.Replacement)]
    public void AWishTurnedDownWithBuIsNotTheWish(string text, DesiredOutcome wants) =>
        Assert.Equal(wants, Interpret(text, "zh-CN").Wants);

    /// <summary>One denial ahead of a list ("nobody dropped it, got it wet or took it apart") denies every item.</summary>
    [Theory]
    [InlineData("nobody has knocked it over, poured anything on it or taken the cover off")]
    [InlineData("No one dropped it, got it wet or opened it up.")]
    [InlineData("it was never dropped, soaked or taken apart")]
    [InlineData("没有摔过、进水或者拆开过")]
    public void ADenialAheadOfAListDeniesEveryItem(string text)
    {
        var said = Interpret(text, text.Any(UtteranceText.IsCjk) ? "zh-CN" : "en-US");
        Assert.NotEmpty(said.Causes);
        Assert.All(said.Causes, c => Assert.False(c.Value, c.Key));
    }

    /// <summary>A new sentence with its own subject is not part of the denied list.</summary>
    [Fact]
    public void AnAdmissionAfterADenialStillCounts() =>
        Assert.True(Interpret("I never opened it, my son dropped it or something last week", "en-US").Causes.GetValueOrDefault("USER_DAMAGE"));

    /// <summary>"这周一开始" carries its own start word: it is the start, not an age said beside it ("用了三年多了").</summary>
    [Theory]
    [InlineData("估计有三年多了，这周一开始一直漏")]
    [InlineData("用了两年多了吧，前天起就打不着火")]
    public void AStartWithItsOwnStartWordIsCued(string text)
    {
        var starts = Interpret(text, "zh-CN").Dates.Where(d => d.Role == DateRole.Start && !d.Uncued).ToList();
        Assert.Single(starts);
        Assert.InRange(Now.Date.Subtract(starts[0].Date.ToDateTime(TimeOnly.MinValue)).TotalDays, 1, 7);
    }

    /// <summary>"算了，重新来" and "sorry, can I start again?" start over; they do not cancel.</summary>
    [Theory]
    [InlineData("算了，我重新说一遍吧", "zh-CN")]
    [InlineData("唉算了，重新来，说得太乱了", "zh-CN")]
    [InlineData("sorry, can I start again? I've muddled it", "en-US")]
    [InlineData("never mind, let me start over", "en-US")]
    public void StartingAgainIsNotCancelling(string text, string locale) =>
        Assert.Equal(Intent.StartOver, Interpret(text, locale).Intent);

    [Theory]
    [InlineData("算了，不弄了", "zh-CN")]
    [InlineData("forget it, cancel", "en-US")]
    public void CancellingIsStillCancelling(string text, string locale) =>
        Assert.Equal(Intent.Cancel, Interpret(text, locale).Intent);

    /// <summary>A catalogue name typed with a space for its hyphen, or without "Suite", is still the product.</summary>
    [Theory]
    [InlineData("it's finance 9 single user", "CW-S9")]
    [InlineData("Finance 8 network edition, on the server", "CW-N8")]
    [InlineData("the single user version of finance suite 9", "CW-S9")]
    public void ProductNamesTypedLooselyAreFound(string text, string model) =>
        Assert.Equal([model], Interpret(text, "en-US").Models);

    /// <summary>Chinese typed one character at a time with spaces reads as the same words.</summary>
    [Theory]
    [InlineData("我 的 打 印 机 一 直 卡 纸", "我的打印机一直卡纸")]
    [InlineData("好 的 ， 谢 谢", "好的，谢谢")]
    [InlineData("燃 气 灶 Q5 打 不 着", "燃气灶 Q5 打不着")]
    [InlineData("0571 6481 2273", "0571 6481 2273")]
    [InlineData("my printer jams", "my printer jams")]
    public void SpacedChineseIsJoined(string typed, string read) =>
        Assert.Equal(read, CustomerText.Normalise(typed));

    /// <summary>A serial typed in full width, or in groups with spaced dashes and lower case, is the serial on the label.</summary>
    [Theory]
    [InlineData("ＬＰ２２ＷＷ２６０４８５", "LP22WW260485")]
    [InlineData("it's fs9 - 2606 - uncv", "FS9-2606-UNCV")]
    [InlineData("FS9 2606 UNCV", "FS92606UNCV")]
    public void LooselyTypedSerialsAreRead(string text, string serial) =>
        Assert.Equal(serial, Interpret(text, "en-US").Serial);

    [Theory]
    [InlineData("my q5 hob is 3 years old")]
    [InlineData("call me on 139 0571 8899")]
    public void OrdinaryGroupsAreNoSerial(string text) =>
        Assert.Null(Interpret(text, "en-US").Serial);

    /// <summary>"修了三回" counts past repairs; it is no wish for another.</summary>
    [Theory]
    [InlineData("修了三回还是响")]
    [InlineData("都修两次了，还漏")]
    [InlineData("师傅修好几次了")]
    public void PastRepairsAreNoWishForARepair(string text) =>
        Assert.NotEqual(DesiredOutcome.Repair, Interpret(text, "zh-CN").Wants);
}
