using AfterSalesBot.Bot.Conversations.Complaints;
using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// Issue 12, tenth round (2026-12-03): how the round-11 and round-12 strangers' customers typed what the interpreter
/// misread. Written before the fixes, in other words than their scenarios.
/// </summary>
public sealed class RoundElevenUnderstandingTests
{
    /// <summary>A question about how a remedy goes ("how long would a replacement take?") is a question, not a wish.</summary>
    [Theory]
    [InlineData("how long would a replacement take to get here?")]
    [InlineData("Do I have to pack it up myself for the return?")]
    [InlineData("will the technician phone me before the repair visit?")]
    [InlineData("what happens to my old one after the exchange?")]
    public void AQuestionAboutHowARemedyGoesIsAQuestion(string text) =>
        Assert.Equal(Intent.Question, Interpret(text, "en-US").Intent);

    [Fact]
    public void AskingForARemedyIsStillAWish() =>
        Assert.Equal(DesiredOutcome.Refund, Interpret("can I just get a refund?", "en-US").Wants);

    /// <summary>Software reports with wrong totals are the report fault, so its repairs count as repeats.</summary>
    [Theory]
    [InlineData("the month end summary keeps showing the wrong totals", "en-US")]
    [InlineData("since the update the totals on the sales report are wrong", "en-US")]
    [InlineData("月底汇总的合计不对", "zh-CN")]
    public void WrongTotalsAreTheReportFault(string text, string locale) =>
        Assert.Contains("REPORT_WRONG", Interpret(text, locale).Symptoms);

    /// <summary>Pinyin typed with a Chinese locale is Chinese, also without x, q, zh, ch or sh; English stays English.</summary>
    [Theory]
    [InlineData("diannao ruanjian kai bu liao", "zh-CN", "zh")]
    [InlineData("ranqizao dian bu zhao huo le", "zh-CN", "zh")]
    [InlineData("my water heater is leaking", "zh-CN", "en")]
    [InlineData("he can go in", "zh-CN", "en")]
    [InlineData("Finance Suite 8 single user", "zh-CN", "en")]
    public void PinyinWithAChineseLocaleIsChinese(string text, string locale, string language) =>
        Assert.Equal(language, Interpret(text, locale).Language);

    /// <summary>木有 is the chat spelling of 没有.</summary>
    [Theory]
    [InlineData("木有", Intent.No)]
    [InlineData("木有木有", Intent.No)]
    public void ChatSpellingOfNoIsNo(string text, Intent intent) =>
        Assert.Equal(intent, Interpret(text, "zh-CN").Intent);

    [Fact]
    public void ChatSpellingBeforeASymptomIsNoAnswer() =>
        Assert.NotEqual(Intent.No, Interpret("木有热水了，洗不了澡", "zh-CN").Intent);

    /// <summary>"never mind — just tell me what you can do" goes on; it does not cancel.</summary>
    [Theory]
    [InlineData("算了算了，你先说说能怎么处理吧", false)]
    [InlineData("算了，您先讲讲怎么办", false)]
    [InlineData("算了，不弄了", true)]
    public void NeverMindThenTellMeGoesOn(string text, bool cancels) =>
        Assert.Equal(cancels, Interpret(text, "zh-CN").Intent == Intent.Cancel);

    /// <summary>A cover taken off by someone of the customer's is an opening to ask about plainly.</summary>
    [Theory]
    [InlineData("同事把侧盖拆下来清了一下纸屑")]
    [InlineData("我自己把前面板拆下来看过")]
    public void ACoverTakenOffIsDisassembly(string text) =>
        Assert.True(Interpret(text, "zh-CN").Causes.GetValueOrDefault("DISASSEMBLY"));

    /// <summary>Buying the part offered is taking the offer; not buying it is not.</summary>
    [Theory]
    [InlineData("那就买一个吧", true)]
    [InlineData("行，那换个新鼓", true)]
    [InlineData("fine, I'll buy one then", true)]
    [InlineData("I won't pay for that", false)]
    [InlineData("不买，太贵了", false)]
    public void BuyingThePartTakesTheOffer(string text, bool accepts) =>
        Assert.Equal(accepts, OfferAnswers.Accepts(text));
}
