using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, seventeenth round (2026-12-04): round 26/27 strangers' customers in whole conversations, in other words.
/// "Am I talking to a machine?" is answered, not sent to a person; a fee disputed with a fact that changes nothing is
/// explained and the offer stands (not escalated as a refusal); an opened unit that was faulty before it was opened is a
/// disputed cause (review); "pay if I must" takes the offer.
/// </summary>
public sealed class RoundTwentySixConversationTests
{
    private const string ExpiredHob = "JQ525027432"; // Q5 hob, out of warranty, never repaired
    private const string HeaterInWarranty = "RH1626015821"; // H16 gas water heater, in warranty

    [Theory]
    [InlineData("en-US", "my Q5 hob won't light since yesterday", "hang on, is this an actual person typing or a program?")]
    [InlineData("en-US", "my Q5 hob won't light since yesterday", "r u a bot or a real human")]
    [InlineData("zh-CN", "Q5燃气灶从昨天开始打不着火", "你是真人客服吗？")]
    [InlineData("zh-CN", "Q5燃气灶从昨天开始打不着火", "请问是人工在回复还是机器人")]
    public async Task AskingWhetherTheBotIsAPersonIsAnsweredNotEscalated(string locale, string story, string question)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, question);

        Assert.NotEqual(Escalated, state.Step);
        Assert.Null(state.CaseNumber);
        Assert.Contains(locale == "zh-CN" ? "自动" : "automated", transcript, StringComparison.Ordinal);
    }

    private static string[] ToTheFeeOffer(string locale) => locale == "zh-CN"
        ? ["我家Q5燃气灶又打不着火了", "就这些", "对", ExpiredHob, "今天", "没有", "维修", "13912345678"]
        : ["My Q5 gas stove won't light", "that's all", "yes", ExpiredHob, "today", "no", "repair", "13912345678"];

    /// <summary>A fee disputed with a fact that changes nothing: the reasons again, the offer stands, no person yet.</summary>
    [Theory]
    [InlineData("en-US", "hold on, we only fitted it after the renovation so it's hardly been used. surely that counts as warranty?", "fine, go ahead")]
    [InlineData("en-US", "but I've bought all my kitchen stuff from you guys, why should I pay for this?", "ok then")]
    [InlineData("zh-CN", "不对吧，我们装修完才装上的，没用多久，这不能算保修吗", "那行吧，修吧")]
    [InlineData("zh-CN", "我们是老客户了，凭什么要收费？", "好吧")]
    public async Task AFeeDisputedWithAFactThatChangesNothingIsExplained(string locale, string dispute, string accept)
    {
        var lines = ToTheFeeOffer(locale);
        var (before, _) = await ConversationDriver.PlayAsync(locale, lines);
        Assert.Equal(AwaitingAgreement, before.Step);

        var (disputed, transcript) = await ConversationDriver.PlayAsync(locale, [.. lines, dispute]);
        Assert.Equal(AwaitingAgreement, disputed.Step);
        Assert.Null(disputed.CaseNumber);
        var lastReplies = transcript[transcript.LastIndexOf(dispute, StringComparison.Ordinal)..];
        Assert.Contains(locale == "zh-CN" ? "购买日期" : "Bought on", lastReplies, StringComparison.Ordinal);

        var (agreed, after) = await ConversationDriver.PlayAsync(locale, [.. lines, dispute, accept]);
        Assert.True(agreed.Step == Agreed, after);
    }

    /// <summary>"Fine, charge me then", 收费就收费吧: taking the paid offer.</summary>
    [Theory]
    [InlineData("en-US", "fine, charge me then")]
    [InlineData("zh-CN", "花钱就花钱吧")]
    [InlineData("zh-CN", "收费就收费吧，弄吧")]
    public async Task PayingIfIMustTakesTheOffer(string locale, string accept)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, [.. ToTheFeeOffer(locale), accept]);

        Assert.True(state.Step == Agreed, transcript);
    }

    /// <summary>Opened after it went wrong, the fault first: a quality fault claimed against a confirmed circumstance is a
    /// disputed cause (docs/coverage-rules.md rule 5), decided by a person, not charged.</summary>
    [Theory]
    [InlineData("en-US", "my H16 gas water heater is leaking underneath, started about a week ago", "yes I took the front cover off to look, but it was already leaking before I touched it")]
    [InlineData("zh-CN", "H16燃气热水器下面漏水，大概一个礼拜了", "拆是拆过，不过是先漏的水，我才拆开看的")]
    public async Task OpenedAfterTheFaultIsADisputedCause(string locale, string story, string circumstances)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, locale == "zh-CN" ? "就这些" : "that's all",
            locale == "zh-CN" ? "对" : "yes", HeaterInWarranty, circumstances, locale == "zh-CN" ? "免费修" : "repair it for free", "13912345678");

        Assert.True(state.Verdict == "NeedsReview", transcript);
    }

    /// <summary>A refusal with the question ("no way, why should I pay?", 不行，凭什么收钱) is a refusal: the only offer refused, a
    /// person decides; and "要" to "需要转给人工客服吗？" after a refusal to repair at all is a yes.</summary>
    [Theory]
    [InlineData("en-US", "no way, why should I pay for this?")]
    [InlineData("zh-CN", "不行，凭什么要我出钱")]
    public async Task ARefusalWithTheQuestionIsARefusal(string locale, string refusal)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, [.. ToTheFeeOffer(locale), refusal]);

        Assert.True(state.Step == Escalated, transcript);
    }

    [Fact]
    public async Task WantedInTheQuestionsWordsIsAYes()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("zh-CN", [.. ToTheFeeOffer("zh-CN"), "太贵了，不修了", "要的"]);

        Assert.True(state.Step == Escalated, transcript);
    }
}
