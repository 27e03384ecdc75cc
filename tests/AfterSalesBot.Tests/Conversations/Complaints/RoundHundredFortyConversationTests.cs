using AfterSalesBot.Bot.Conversations.Complaints;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;
using static AfterSalesBot.Tests.Conversations.Complaints.ScriptedCustomer;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, thirty-sixth round (2026-12-07): what the round-140–147 strangers' customers broke, replayed in whole
/// conversations in other words.
/// </summary>
public sealed class RoundHundredFortyConversationTests
{
    private const string Hob = "JQ526067582"; // Q5 hob, sold 58 days ago, never repaired
    private const string Copier = "DC30202608455"; // DC-3020 copier

    /// <summary>A person asked for in words as the answer to the wish question, when every other fact is in (r32-en-017): the
    /// wish is left to the policy, so the warranty answer and the first remedy come at once, with the person recalled; the
    /// person asked again at the offer is passed on. Before: the wish question was asked again, and the second request
    /// handed over with no verdict and no remedy.</summary>
    [Theory]
    [InlineData("en-GB", "honestly I'd rather talk to a real person about this", "no thanks, I'd like to speak to someone please")]
    [InlineData("zh-CN", "说实话我更想跟真人聊聊这个事", "不用了，帮我找个人吧")]
    public async Task APersonAskedAtTheWishQuestionGetsTheVerdictAndTheOfferFirst(string locale, string person, string again)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale,
            [Zh(locale) ? "燃气灶左边的灶头打不着火了" : "the left burner on the hob just clicks and never lights"],
            Answers(locale, "Q5", Hob, person));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Step == AwaitingAgreement && state.Verdict == "Covered" && state.Offers[0].Kind == "FreeRepair", transcript);
        var replies = string.Join("\n", (await driver.SayAsync(again)).Select(r => r.Text));
        state = await driver.StateAsync();
        Assert.True(state.Step == Escalated && state.CaseNumber is not null, transcript + "\n" + replies);
    }

    /// <summary>A fault said to have begun about half a year ago on a printer sold 140 days ago: a month and a half before the
    /// sale is no rough count but a conflict, so a person checks (docs/coverage-rules.md rule 1; r141-en-006). A start a few
    /// days before the sale, counted roughly, still started with it.</summary>
    [Theory]
    [InlineData("en-GB", "about half a year ago I think, maybe a bit more", "NeedsReview")]
    [InlineData("zh-CN", "大概半年前吧", "NeedsReview")]
    [InlineData("en-GB", "about five months ago I think", "Covered")]
    public async Task AStartWellBeforeTheSaleIsAConflictEvenRoughly(string locale, string started, string verdict)
    {
        var answers = Answers(locale, "LP-2200", "LP22WW260485", Zh(locale) ? "修好" : "repair");
        answers[FactQuestion.Started] = started;
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale, [Zh(locale) ? "打印机老是卡纸" : "the printer keeps jamming"], answers);
        await using var _ = driver;
        Assert.True((await driver.StateAsync()).Verdict == verdict, transcript);
    }

    /// <summary>A clarifying question about the question just asked ("you mean when it went wrong, or when we bought it?",
    /// 手机号是谁的？我的还是我爱人的？) is answered with what the question means, and the same question stands. Before: an
    /// unrelated article, "Thanks, I've noted that", or the question taken as its answer.</summary>
    [Theory]
    [InlineData("en-GB", FactQuestion.Started, "you mean when it went wrong, or when we bought it?", "first noticed")]
    [InlineData("zh-CN", FactQuestion.Started, "你是问买的时间还是坏的时间？", "第一次发现")]
    [InlineData("en-GB", FactQuestion.Serial, "which number do you want, the one on the box?", "label")]
    [InlineData("zh-CN", FactQuestion.Serial, "哪个号？包装盒上那个吗", "铭牌")]
    [InlineData("en-GB", FactQuestion.Phone, "mine or my husband's? he'll be home when they come", "whoever will be there")]
    [InlineData("zh-CN", FactQuestion.Phone, "手机号是谁的？我的还是我爱人的？", "在现场的人")]
    [InlineData("en-GB", FactQuestion.Circumstances, "what counts as modified? does putting new toner in count?", "Everyday use")]
    [InlineData("zh-CN", FactQuestion.Circumstances, "改装指的是啥？我们平时就正常加墨粉", "日常使用")]
    public async Task AClarifyingQuestionIsAnsweredAndTheQuestionStands(string locale, FactQuestion question, string clarifying, string meaning)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(Zh(locale) ? "复印机一直卡纸" : "the copier keeps jamming");
        var answers = Answers(locale, "DC-3020", Copier, Zh(locale) ? "修好" : "repair");
        var transcript = "";
        for (var turn = 0; turn < 12; turn++)
        {
            var state = await driver.StateAsync();
            if (state.Asking == question) break;
            var line = state.Step == Confirming ? Zh(locale) ? "对" : "yes" : answers[state.Asking];
            transcript += line + "\n" + string.Join("\n", (await driver.SayAsync(line)).Select(r => r.Text)) + "\n";
        }
        Assert.True((await driver.StateAsync()).Asking == question, transcript);
        var replies = string.Join("\n", (await driver.SayAsync(clarifying)).Select(r => r.Text));
        var after = await driver.StateAsync();
        Assert.True(replies.Contains(meaning, StringComparison.Ordinal) && after.Asking == question && after.Causes.Count(c => c.Value) == 0
                    && after.Step == Gathering, transcript + clarifying + "\n" + replies);
    }

    /// <summary>"no thanks, that's the lot" is not a clarifying question; the answer given beside a clarifying question counts
    /// ("mobile or landline? mobile: 139…").</summary>
    [Fact]
    public async Task AnAnswerBesideTheClarifyingQuestionIsTaken()
    {
        var answers = Answers("en-GB", "DC-3020", Copier, "repair");
        answers[FactQuestion.Phone] = "mobile or landline? mobile is easier, 139 5712 6634";
        var (driver, transcript) = await AnswerUntilTheOfferAsync("en-GB", ["the copier keeps jamming"], answers);
        await using var _ = driver;
        Assert.True((await driver.StateAsync()).Step == AwaitingAgreement, transcript);
    }

    /// <summary>A thank-you at the offer with no yes in it ("oh thank you, that's really kind of you", 哎呀谢谢谢谢 你们太好了) is
    /// politeness, not yet agreement: the bot asks once whether to go ahead, so the refusal that follows is heard (r147-en-018:
    /// before, the visit was booked on the thanks). A yes after it books the offer; a second thank-you is taken as the yes.</summary>
    [Theory]
    [InlineData("en-GB", "oh thank you, that's really kind of you", "sorry, no, I can't have anyone round this month", false)]
    [InlineData("zh-CN", "哎呀谢谢谢谢，你们太好了", "不好意思，不要上门，这个月家里没人", false)]
    [InlineData("en-GB", "oh thank you, that's really kind of you", "yes please", true)]
    [InlineData("zh-CN", "哎呀谢谢谢谢，你们太好了", "谢谢你们", true)]
    public async Task AThankYouAtTheOfferIsAskedAboutOnce(string locale, string thanks, string then, bool agreed)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale,
            [Zh(locale) ? "燃气灶右边的火点不着了" : "the right burner on my hob won't light"], Answers(locale, "Q5", Hob, Zh(locale) ? "修好" : "repair"));
        await using var _ = driver;
        var asked = string.Join("\n", (await driver.SayAsync(thanks)).Select(r => r.Text));
        var state = await driver.StateAsync();
        Assert.True(state.Step == AwaitingAgreement && (asked.Contains("not sure whether that's a yes", StringComparison.Ordinal) || asked.Contains("我不确定您是否同意", StringComparison.Ordinal)),
            transcript + "\n" + thanks + "\n" + asked);
        var replies = string.Join("\n", (await driver.SayAsync(then)).Select(r => r.Text));
        state = await driver.StateAsync();
        Assert.True(agreed ? state.Step == Agreed : state.Step != Agreed,
            transcript + "\n" + asked + "\n" + then + "\n" + replies);
    }

    /// <summary>Whether it is covered, or whether they pay, asked before the warranty is checked ("just tell me if it's covered",
    /// 先说保不保修, "am I going to be charged this time?", "I'm not paying a single cent for this"): the answer comes with the
    /// check, said so plainly, and the question asked stands. Before: an unrelated article (software changes, the smoke
    /// article, the ribbon article, the exclusions list).</summary>
    [Theory]
    [InlineData("en-GB", "look, just tell me whether it's covered or not", "find out")]
    [InlineData("zh-CN", "你先告诉我到底保不保修", "保修")]
    [InlineData("en-GB", "am I going to get charged for this again?", "pay")]
    [InlineData("en-GB", "I'm not paying a single cent for this, understood?", "pay")]
    [InlineData("zh-CN", "修这个要我出钱吗", "费用")]
    public async Task WhetherItIsCoveredAskedEarlyIsAnsweredWithTheCheck(string locale, string question, string word)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(Zh(locale) ? "我的Q5燃气灶左边打不着火" : "my Q5 hob's left burner won't light");
        await driver.SayAsync(Zh(locale) ? "对" : "yes");
        var asking = (await driver.StateAsync()).Asking;
        var replies = string.Join("\n", (await driver.SayAsync(question)).Select(r => r.Text));
        var state = await driver.StateAsync();
        Assert.True(replies.Contains(word, StringComparison.Ordinal) && !replies.Contains("source:", StringComparison.Ordinal)
                    && !replies.Contains("来源", StringComparison.Ordinal) && state.Asking == asking, question + "\n" + replies);
    }

    /// <summary>An evening or a weekend asked for the visit before the offer (我白天上班，晚上六点以后才在家，师傅能晚上来吗) is
    /// answered: the technician agrees the day and the time with them. Before: the insurer's article.</summary>
    [Theory]
    [InlineData("en-GB", "I work days, can the engineer come in the evening after 6?", "evening")]
    [InlineData("zh-CN", "我白天要上班，师傅能不能晚上七点以后来？", "晚上")]
    public async Task AnEveningVisitAskedEarlyIsAnswered(string locale, string question, string word)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(Zh(locale) ? "我的Q5燃气灶左边打不着火" : "my Q5 hob's left burner won't light");
        await driver.SayAsync(Zh(locale) ? "对" : "yes");
        var replies = string.Join("\n", (await driver.SayAsync(question)).Select(r => r.Text));
        Assert.True(replies.Contains(word, StringComparison.Ordinal) && !replies.Contains("source:", StringComparison.Ordinal)
                    && !replies.Contains("来源", StringComparison.Ordinal), question + "\n" + replies);
    }

    /// <summary>"great, thanks" at the offer is glad of it: the yes (r145-en-004 was asked "is that a yes?").</summary>
    [Fact]
    public async Task GladThanksAtTheOfferIsTheYes()
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync("en-GB", ["the right burner on my hob won't light"], Answers("en-GB", "Q5", Hob, "repair"));
        await using var _ = driver;
        await driver.SayAsync("super, thank you");
        Assert.True((await driver.StateAsync()).Step == Agreed, transcript);
    }
}
