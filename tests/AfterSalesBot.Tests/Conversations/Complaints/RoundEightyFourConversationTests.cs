using AfterSalesBot.Bot.Conversations.Complaints;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;
using static AfterSalesBot.Tests.Conversations.Complaints.ScriptedCustomer;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, twenty-ninth round (2026-12-06): what the round-84–91 strangers' customers broke, replayed in whole conversations
/// in other words, and the soft no to the only remedy the policy gives (round 19's three customers, left open last round).
/// </summary>
public sealed class RoundEightyFourConversationTests
{
    private const string LaserInWarranty = "LP22TA260240"; // LP-2200 laser printer, in warranty, no repairs

    private static Task<(ConversationDriver Driver, string Transcript)> OnlyAFreeRepairOfferedAsync(string locale)
    {
        var zh = locale.StartsWith("zh", StringComparison.Ordinal);
        return AnswerUntilTheOfferAsync(locale, [zh ? "激光打印机老是卡纸，好几天了" : "the laser printer keeps chewing the paper for a few days now"],
            Answers(locale, "LP-2200", LaserInWarranty, zh ? "能弄好就行" : "whatever gets it working"));
    }

    /// <summary>A hedged no to the only remedy the policy gives ("hmm, not keen on someone taking it apart…", 不太想让人上门……):
    /// the bot says it is the remedy this case has and asks once more, with a colleague as the other way; a yes then agrees
    /// (before: handed over to a colleague at once).</summary>
    [Theory]
    [InlineData("en-GB", "hmm, not really keen on someone taking it apart...", "alright then, go ahead")]
    [InlineData("en-US", "I'd rather not have a technician come over tbh", "ok fine, book it")]
    [InlineData("zh-CN", "不太想让人上门折腾……", "那也行吧")]
    [InlineData("zh-CN", "嗯……不大想修", "好吧 那就修吧")]
    public async Task AHedgedNoToTheOnlyRemedyIsAskedOnceMore(string locale, string hedged, string yes)
    {
        var (driver, transcript) = await OnlyAFreeRepairOfferedAsync(locale);
        await using var _ = driver;
        var offered = await driver.StateAsync();
        Assert.True(offered.Step == AwaitingAgreement, transcript);
        Assert.Single(offered.Offers);

        var replies = string.Join("\n", (await driver.SayAsync(hedged)).Select(r => r.Text));
        var asked = await driver.StateAsync();
        Assert.True(asked.Step == AwaitingAgreement, replies);
        Assert.Contains(locale.StartsWith("zh", StringComparison.Ordinal) ? "唯一" : "only", replies, StringComparison.OrdinalIgnoreCase);

        replies = string.Join("\n", (await driver.SayAsync(yes)).Select(r => r.Text));
        var state = await driver.StateAsync();
        Assert.True(state.Step == Agreed, replies);
        Assert.Equal("FreeRepair", state.Offers[state.OfferIndex].Kind.ToString());
    }

    /// <summary>A second no after the only remedy was explained, or a plain no the first time, goes to a colleague as before.</summary>
    [Theory]
    [InlineData("en-GB", "hmm, I'd rather not", "no, still no")]
    [InlineData("zh-CN", "不太想……", "还是不要")]
    public async Task ASecondNoToTheOnlyRemedyGoesToAColleague(string locale, string hedged, string no)
    {
        var (driver, transcript) = await OnlyAFreeRepairOfferedAsync(locale);
        await using var _ = driver;
        Assert.True((await driver.StateAsync()).Step == AwaitingAgreement, transcript);

        await driver.SayAsync(hedged);
        var replies = string.Join("\n", (await driver.SayAsync(no)).Select(r => r.Text));

        Assert.True((await driver.StateAsync()).Step == Escalated, replies);
    }

    [Theory]
    [InlineData("en-GB", "no, that's not acceptable")]
    [InlineData("zh-CN", "不行，不接受")]
    [InlineData("en-US", "hmm no, I'd rather not")]
    [InlineData("zh-CN", "不要，不太想")]
    public async Task APlainNoToTheOnlyRemedyGoesToAColleagueAtOnce(string locale, string no)
    {
        var (driver, transcript) = await OnlyAFreeRepairOfferedAsync(locale);
        await using var _ = driver;
        Assert.True((await driver.StateAsync()).Step == AwaitingAgreement, transcript);

        var replies = string.Join("\n", (await driver.SayAsync(no)).Select(r => r.Text));

        Assert.True((await driver.StateAsync()).Step == Escalated, replies);
    }

    /// <summary>A question about the customer's data mid-complaint is answered (what is kept, for how long, who sees it) and the
    /// flow goes on where it was (before: "is this being recorded?" got a paper-jam article).</summary>
    [Theory]
    [InlineData("en-GB", "the laser printer keeps chewing the paper for a few days now", "hold on, is this chat being recorded?", "730 days")]
    [InlineData("zh-CN", "激光打印机老是卡纸，好几天了", "等下，这个聊天记录会保存吗？", "730 天")]
    public async Task APrivacyQuestionIsAnsweredAndTheFlowGoesOn(string locale, string story, string question, string kept)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(story);
        var step = (await driver.StateAsync()).Step;

        var replies = string.Join("\n", (await driver.SayAsync(question)).Select(r => r.Text));

        Assert.Contains(kept, replies);
        Assert.Equal(step, (await driver.StateAsync()).Step);
    }

    /// <summary>"why do you need my number? fine, 139…": the question is answered and the number it carries is taken.</summary>
    [Theory]
    [InlineData("en-GB", "why do you even need my phone number? fine, it's 13957126834")]
    [InlineData("zh-CN", "为什么要我手机号？算了给你吧 13957126834")]
    public async Task APhoneGivenWithThePrivacyQuestionIsTaken(string locale, string answer)
    {
        var zh = locale.StartsWith("zh", StringComparison.Ordinal);
        var answers = Answers(locale, "LP-2200", LaserInWarranty, zh ? "修好就行" : "just fix it");
        answers[FactQuestion.Phone] = answer;
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale, [zh ? "激光打印机老是卡纸，上周开始的" : "the laser printer keeps jamming since last week"], answers);
        await using var _ = driver;

        var state = await driver.StateAsync();
        Assert.True(state.Step == AwaitingAgreement, transcript);
        Assert.Equal(Phone, state.Phone);
    }

    /// <summary>A second remark about the bot in one complaint hands over to a colleague (before: an apology and the offer again,
    /// each time, a dead end).</summary>
    [Theory]
    [InlineData("en-GB", "you don't understand", "you are not listening")]
    [InlineData("zh-CN", "你根本听不懂", "答非所问")]
    public async Task ASecondRemarkAboutTheBotHandsOver(string locale, string first, string second)
    {
        var (driver, transcript) = await OnlyAFreeRepairOfferedAsync(locale);
        await using var _ = driver;
        Assert.True((await driver.StateAsync()).Step == AwaitingAgreement, transcript);

        await driver.SayAsync(first);
        Assert.Equal(AwaitingAgreement, (await driver.StateAsync()).Step);
        var replies = string.Join("\n", (await driver.SayAsync(second)).Select(r => r.Text));

        Assert.True((await driver.StateAsync()).Step == Escalated, replies);
    }

    /// <summary>"先远程吧 不行再上门" to remote support: agreed (before: a refusal, then a colleague).</summary>
    [Fact]
    public async Task RemoteFirstWithAFallbackAgrees()
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync("zh-CN", ["财务软件网络版最近特别慢，结账要跑一下午"],
            Answers("zh-CN", "财务软件8.0网络版", "FN8-2606-LNDV", "查清楚原因"));
        await using var _ = driver;
        var offered = await driver.StateAsync();
        Assert.True(offered.Step == AwaitingAgreement, transcript);
        Assert.Equal("RemoteSupport", offered.Offers[offered.OfferIndex].Kind.ToString());

        var replies = string.Join("\n", (await driver.SayAsync("先远程看看吧 不行的话再派人上门")).Select(r => r.Text));

        var state = await driver.StateAsync();
        Assert.True(state.Step == Agreed, replies);
        Assert.Equal("RemoteSupport", state.Offers[state.OfferIndex].Kind.ToString());
    }
}
