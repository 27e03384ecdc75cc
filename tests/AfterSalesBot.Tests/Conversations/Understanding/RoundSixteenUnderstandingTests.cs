using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Bot.Conversations.Understanding.Text;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// Issue 12, twelfth round (2026-12-04): what the round-16/17 strangers' customers typed that the interpreter missed.
/// Written before the fixes, in other words than their scenarios.
/// </summary>
public sealed class RoundSixteenUnderstandingTests
{
    /// <summary>"I want it fixed" is the repair wish, also with a remark about the warranty beside it.</summary>
    [Theory]
    [InlineData("I'd rather have it fixed, thanks")]
    [InlineData("I just need it fixed under the guarantee")]
    [InlineData("want them fixed please, both burners")]
    public void WantingItFixedIsARepair(string text) =>
        Assert.Equal(DesiredOutcome.Repair, Interpret(text, "en-US").Wants);

    /// <summary>A copier that "chews up" or "crumples" the paper jams; "streaky" or "smudgy" prints are print quality.</summary>
    [Theory]
    [InlineData("it chews up the paper and spits it out all crumpled", "PAPER_JAM")]
    [InlineData("it eats a sheet every few pages", "PAPER_JAM")]
    [InlineData("the pages come out crinkled and crumpled", "PAPER_JAM")]
    [InlineData("there's a smudgy grey stripe down every page", "PRINT_QUALITY")]
    [InlineData("everything prints streaky now", "PRINT_QUALITY")]
    public void EverydayWordsForPrinterFaults(string text, string symptom) =>
        Assert.Contains(symptom, Interpret(text, "en-US").Symptoms);

    /// <summary>大半年 is the greater part of a year: about eight months, not six.</summary>
    [Theory]
    [InlineData("大半年前就有点不对劲了")]
    [InlineData("应该是大半年之前开始的")]
    public void TheGreaterPartOfAYearIsAboutEightMonths(string text)
    {
        var start = Assert.Single(Interpret(text, "zh-CN").Dates);
        Assert.InRange(Now.Date.Subtract(start.Date.ToDateTime(TimeOnly.MinValue)).TotalDays, 225, 260);
    }

    /// <summary>A space between Chinese clauses is chat punctuation and stays; only text typed a character at a time is joined.</summary>
    [Theory]
    [InlineData("对 是这样", "对 是这样")]
    [InlineData("我爸家的煤气灶打不着火了 咋整嘛", "我爸家的煤气灶打不着火了 咋整嘛")]
    [InlineData("我 家 的 热 水 器 漏 水 了", "我家的热水器漏水了")]
    [InlineData("热水器 不 出 热 水", "热水器不出热水")]
    public void OnlyChineseTypedACharacterAtATimeIsJoined(string typed, string kept) =>
        Assert.Equal(kept, CustomerText.Normalise(typed));

    /// <summary>"对 是这样" with a space is a yes.</summary>
    [Theory]
    [InlineData("对 是这样")]
    [InlineData("对 是这个问题")]
    public void ASpacedChineseYesIsAYes(string text) =>
        Assert.Equal(Intent.Yes, Interpret(CustomerText.Normalise(text), "zh-CN").Intent);

    /// <summary>A denial typed without commas reaches the item after "or"; an admission after "or" of a plain clause counts.</summary>
    [Theory]
    [InlineData("no nobody has knocked it poured water on it or opened it up", "DISASSEMBLY", false)]
    [InlineData("we never dropped it got it wet or opened it", "DISASSEMBLY", false)]
    [InlineData("my son dropped it or opened it i think", "DISASSEMBLY", true)]
    public void ADenialWithoutCommasReachesTheLastItem(string text, string cause, bool happened) =>
        Assert.Equal(happened, Interpret(text, "en-US").Causes.GetValueOrDefault(cause, !happened));

    /// <summary>A remedy turned down once ("不换了") is not the wish anywhere in that message, even named again as a reason.</summary>
    [Theory]
    [InlineData("不换了，换了还得等，还是直接退钱吧", DesiredOutcome.Refund)]
    [InlineData("算了不退了，退了还要重新买，给我换台新的", DesiredOutcome.Replacement)]
    public void ARemedyTurnedDownStaysTurnedDown(string text, DesiredOutcome wants) =>
        Assert.Equal(wants, Interpret(text, "zh-CN").Wants);

    /// <summary>Stripes described as 黑杠 or 一道一道 are print quality.</summary>
    [Theory]
    [InlineData("复印出来全是黑杠")]
    [InlineData("打出来的纸上一道一道的")]
    public void StripesInEverydayChinese(string text) =>
        Assert.Contains("PRINT_QUALITY", Interpret(text, "zh-CN").Symptoms);

    /// <summary>"fixed properly" after repeated repairs is frustration with repairs, not a wish for another one.</summary>
    [Fact]
    public void FixedProperlyIsNoRepairWish() =>
        Assert.Null(Interpret("two repairs already, I'd like it fixed properly for once", "en-US").Wants);
}
