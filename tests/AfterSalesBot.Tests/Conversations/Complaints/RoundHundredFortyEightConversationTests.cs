using AfterSalesBot.Bot.Conversations.Complaints;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;
using static AfterSalesBot.Tests.Conversations.Complaints.ScriptedCustomer;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, thirty-seventh round (2026-12-07): what the round-148–155 strangers' customers broke, replayed in whole
/// conversations in other words.
/// </summary>
public sealed class RoundHundredFortyEightConversationTests
{
    private const string Hob = "JQ526067582"; // Q5 hob, sold 58 days ago, never repaired
    private const string Copier = "DC30202608455"; // DC-3020 copier

    /// <summary>The copier's story, answered until <paramref name="question"/> is open.</summary>
    private static Task<(ConversationDriver Driver, string Transcript)> UntilAsync(string locale, FactQuestion question) =>
        CopierUntilAsync(locale, question, Copier);

    /// <summary>A thank-you that closes ("好的谢谢，我就说这些", "ok thanks, that's all from me") while a fact is still asked for is
    /// no wrong answer: the customer hears that one more detail is needed and why, and the question stands. Before: "That
    /// doesn't look like a serial number".</summary>
    [Theory]
    [InlineData("zh-CN", FactQuestion.Serial, "好的谢谢，我就说这些", "不像")]
    [InlineData("en-GB", FactQuestion.Serial, "ok thanks, that's all from me", "doesn't look like")]
    [InlineData("en-GB", FactQuestion.Phone, "thank you so much, that's everything", "doesn't look like")]
    [InlineData("zh-CN", FactQuestion.Phone, "谢谢啊，没别的了", "不像")]
    public async Task AClosingThankYouAtAFactQuestionHearsWhatIsStillNeeded(string locale, FactQuestion question, string closing, string wrong)
    {
        var (driver, transcript) = await UntilAsync(locale, question);
        await using var _ = driver;
        Assert.True((await driver.StateAsync()).Asking == question, transcript);
        var replies = string.Join("\n", (await driver.SayAsync(closing)).Select(r => r.Text));
        var after = await driver.StateAsync();
        Assert.True(!replies.Contains(wrong, StringComparison.Ordinal) && replies.Contains(Zh(locale) ? "还需要" : "still need", StringComparison.Ordinal)
                    && after.Asking == question && after.Step == Gathering, transcript + "> " + closing + "\n" + replies);
    }

    /// <summary>Sarcasm at the offer ("oh perfect, another visit, how thrilling", 太好了，又得我守在电脑前一下午，真体贴呵呵) praises in
    /// words and means the opposite: no yes, so nothing is booked and the offer is asked about again. Before: "太好了" booked it.</summary>
    [Theory]
    [InlineData("en-GB", "oh perfect. another engineer visit, how thrilling")]
    [InlineData("zh-CN", "上门？太好了，又得我请一天假在家等着，真体贴呵呵")]
    public async Task SarcasmAtTheOfferIsNoYes(string locale, string sarcasm)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale,
            [Zh(locale) ? "燃气灶左边那个灶头点不着了" : "the left burner on my hob won't light any more"], Answers(locale, "Q5", Hob, Zh(locale) ? "修好" : "repair"));
        await using var _ = driver;
        Assert.True((await driver.StateAsync()).Step == AwaitingAgreement, transcript);
        var replies = string.Join("\n", (await driver.SayAsync(sarcasm)).Select(r => r.Text));
        var state = await driver.StateAsync();
        Assert.True(state.Step == AwaitingAgreement && state.CaseNumber is null, transcript + "\n> " + sarcasm + "\n" + replies);
    }

    /// <summary>"depends — what does a black cartridge cost? if it's silly money I'll get one online", 得看多少钱，贵的话就算了:
    /// the price asked, and what they do if it is too dear, is no yes and no refusal: the price is said and the offer stands.
    /// Before: the English was booked, and the Chinese refused and closed without a case.</summary>
    [Theory]
    [InlineData("en-GB", "IJ-680", "IJ6802610995", "my inkjet shows the black ink as empty and won't print", "depends - what does a black cartridge cost? if it's silly money I'll get one online", "120")]
    [InlineData("zh-CN", "LP-2200", "LP22WW260485", "激光打印机提示墨粉用完了，打不出来", "得看多少钱，贵的话就算了，我自己网上买", "180")]
    public async Task AnAnswerThatDependsOnThePriceHearsThePrice(string locale, string product, string serial, string story, string depends, string price)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale, [story], Answers(locale, product, serial, Zh(locale) ? "换个墨粉盒" : "a new cartridge"));
        await using var _ = driver;
        var offered = await driver.StateAsync();
        Assert.True(offered.Step == AwaitingAgreement && offered.Verdict == "NotCovered", transcript);
        var replies = string.Join("\n", (await driver.SayAsync(depends)).Select(r => r.Text));
        var state = await driver.StateAsync();
        Assert.True(state.Step == AwaitingAgreement && state.CaseNumber is null && replies.Contains(price, StringComparison.Ordinal),
            transcript + "\n> " + depends + "\n" + replies);
    }

    /// <summary>E-mail, text messages or WeChat asked for instead of this chat, while a fact is asked for or at the offer: the
    /// customer hears plainly how we do contact them and that the case goes on here, and the question or the offer stands.
    /// Before: an unrelated article (software changes, service times, where the serial is) or "which case do you mean?".</summary>
    [Theory]
    [InlineData("en-GB", FactQuestion.Serial, "is there a WeChat I can add you on? easier to send pictures there", "WeChat")]
    [InlineData("zh-CN", FactQuestion.Phone, "有进展了给我发短信就行，我上班不方便接电话", "短信")]
    [InlineData("en-GB", FactQuestion.Started, "could we carry on over email instead? this chat box is fiddly", "e-mail")]
    [InlineData("zh-CN", FactQuestion.Serial, "能加个微信吗？我拍个视频发你们看", "微信")]
    public async Task AnotherChannelAskedForIsAnsweredAndTheQuestionStands(string locale, FactQuestion question, string asked, string channel)
    {
        var (driver, transcript) = await UntilAsync(locale, question);
        await using var _ = driver;
        var replies = string.Join("\n", (await driver.SayAsync(asked)).Select(r => r.Text));
        var after = await driver.StateAsync();
        Assert.True(replies.Contains(channel, StringComparison.OrdinalIgnoreCase) && after.Asking == question && after.Step == Gathering
                    && !replies.Contains("(source", StringComparison.Ordinal) && !replies.Contains("来源", StringComparison.Ordinal),
            transcript + "> " + asked + "\n" + replies);
    }

    [Theory]
    [InlineData("en-GB", "can you email me all this instead? I'll decide tonight")]
    [InlineData("zh-CN", "先别安排，你们把价格发我邮箱，我晚上再看")]
    public async Task AnotherChannelAskedForAtTheOfferLeavesTheOfferOpen(string locale, string asked)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale,
            [Zh(locale) ? "燃气灶右边的火点不着" : "the right burner on the hob won't catch"], Answers(locale, "Q5", Hob, Zh(locale) ? "修好" : "repair"));
        await using var _ = driver;
        var replies = string.Join("\n", (await driver.SayAsync(asked)).Select(r => r.Text));
        var state = await driver.StateAsync();
        Assert.True(state.Step == AwaitingAgreement && state.CaseNumber is null, transcript + "\n> " + asked + "\n" + replies);
    }

    /// <summary>"先别安排，你们回个电话过来跟我说说价格" at the offer is no yes: before, 安排 in it booked the repair.</summary>
    [Fact]
    public async Task DontBookItYetIsNoYes()
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync("zh-CN", ["燃气灶右边的火点不着"], Answers("zh-CN", "Q5", Hob, "修好"));
        await using var _ = driver;
        var replies = string.Join("\n", (await driver.SayAsync("先别安排，你们回个电话过来跟我说说这个怎么弄")).Select(r => r.Text));
        var state = await driver.StateAsync();
        Assert.True(state.Step != Agreed, transcript + "\n" + replies);
    }

    /// <summary>A spill owned up to at the plain question, and said to come after the fault (是有点水，小孩洒的，可卡纸在那之前就开始了): the
    /// cause is disputed, so a person reviews it (rule 5). Before: the copier was repaired free as if nothing had happened.</summary>
    [Fact]
    public async Task ASpillSaidToComeAfterTheFaultGoesToReview()
    {
        var answers = Answers("zh-CN", "DC-4525", "DC45252606641", "修好", "是有点水，小孩洒的，可卡纸在那之前就开始了，别的都没有");
        var (driver, transcript) = await AnswerUntilTheOfferAsync("zh-CN", ["彩色复合机老卡纸"], answers);
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Verdict == "NeedsReview" && state.Step == Escalated, transcript);
    }

    /// <summary>A relative being treated in hospital is why the customer is pressed, not an injury: the complaint goes on, no
    /// safety case. Before: "If anyone is hurt, please call 120 now" and a top-priority case.</summary>
    [Theory]
    [InlineData("en-GB", "the copier says toner empty. my wife is having chemo and I'm at the hospital with her every afternoon, can it be quick?")]
    [InlineData("zh-CN", "复印机提示没粉了。我妈在医院化疗，我下午都得去陪护，能快点吗")]
    public async Task ARelativeInHospitalIsNoSafetyCase(string locale, string story)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        var replies = string.Join("\n", (await driver.SayAsync(story)).Select(r => r.Text));
        var state = await driver.StateAsync();
        Assert.True(state.Step is Listening or Confirming, replies);
    }

    /// <summary>A plea to be seen sooner, with the reason it matters (a newborn, an elderly parent, someone ill), while a fact is
    /// asked for or at the offer: the customer hears that the reason goes with the case and the team arranges the earliest
    /// time it can, and how to make it an emergency; the question or the offer stands. Before: an unrelated article (a leak,
    /// smoke, the 7/15-day rules).</summary>
    [Theory]
    [InlineData("en-GB", FactQuestion.Started, "any chance someone can come today rather than tomorrow? my mum is 88 and the flat is freezing", "earliest")]
    [InlineData("zh-CN", FactQuestion.Phone, "能不能早点来？家里宝宝才两个月，天这么冷", "最早")]
    public async Task APleaForSoonerIsAnsweredAndTheQuestionStands(string locale, FactQuestion question, string plea, string answer)
    {
        var (driver, transcript) = await UntilAsync(locale, question);
        await using var _ = driver;
        var replies = string.Join("\n", (await driver.SayAsync(plea)).Select(r => r.Text));
        var after = await driver.StateAsync();
        Assert.True(replies.Contains(answer, StringComparison.Ordinal) && after.Asking == question && after.Step == Gathering
                    && !replies.Contains("(source", StringComparison.Ordinal) && !replies.Contains("来源", StringComparison.Ordinal),
            transcript + "> " + plea + "\n" + replies);
    }

    [Theory]
    [InlineData("en-GB", "fine, I'll pay, but can somebody come sooner? my husband is recovering from an operation and can't manage without it")]
    [InlineData("zh-CN", "钱我出，就是能不能尽快来修？我爸八十多了一个人住")]
    public async Task APleaForSoonerAtTheOfferLeavesItOpen(string locale, string plea)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale,
            [Zh(locale) ? "燃气灶右边的火点不着" : "the right burner on the hob won't catch"], Answers(locale, "Q5", "JQ525057961", Zh(locale) ? "修好" : "repair"));
        await using var _ = driver;
        var replies = string.Join("\n", (await driver.SayAsync(plea)).Select(r => r.Text));
        var state = await driver.StateAsync();
        Assert.True(replies.Contains(Zh(locale) ? "最早" : "earliest", StringComparison.Ordinal) && !replies.Contains("来源", StringComparison.Ordinal)
                    && !replies.Contains("(source", StringComparison.Ordinal), transcript + "\n> " + plea + "\n" + replies);
        Assert.True(state.Step is AwaitingAgreement or Agreed, transcript + "\n> " + plea + "\n" + replies);
    }

    /// <summary>"is that normal?" / 这正常吗 about the fault already told, while a fact is asked for or at the offer: it is not
    /// normal behaviour, it is taken as a fault, and ordinary use never counts against them; the question stands. Before: an
    /// article about something else (report figures, consumables, a leak).</summary>
    [Theory]
    [InlineData("en-GB", FactQuestion.Serial, "is it normal for a copier to jam like that though? or am I using it wrong?", "normal")]
    [InlineData("zh-CN", FactQuestion.Started, "这种卡纸正常吗？是不是我纸放得不对", "正常")]
    public async Task IsThisNormalIsAnsweredAndTheQuestionStands(string locale, FactQuestion question, string asked, string answer)
    {
        var (driver, transcript) = await UntilAsync(locale, question);
        await using var _ = driver;
        var replies = string.Join("\n", (await driver.SayAsync(asked)).Select(r => r.Text));
        var after = await driver.StateAsync();
        Assert.True(replies.Contains(answer, StringComparison.Ordinal) && after.Asking == question && after.Step == Gathering && after.Causes.Count(c => c.Value) == 0
                    && !replies.Contains("(source", StringComparison.Ordinal) && !replies.Contains("来源", StringComparison.Ordinal),
            transcript + "> " + asked + "\n" + replies);
    }

    /// <summary>The supply the story suggested, said at the plain question not to be known ("the electrics — honestly couldn't tell
    /// you"), stays unknown for the decision (rule 6) and is not asked about again (r150-en-010 was asked a second time).</summary>
    [Fact]
    public async Task TheSuggestedSupplyNotKnownIsNotAskedAgain()
    {
        var answers = Answers("en-GB", "LP-2200", "LP22WW260485", "repair",
            "nobody dropped it or opened it. the electrics - I honestly couldn't tell you, the landlord never says");
        var (driver, transcript) = await AnswerUntilTheOfferAsync("en-GB",
            ["the laser printer is completely dead since the lights flickered in the building last week"], answers);
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Verdict == "NeedsReview" && transcript.Split("plain yes or no").Length <= 1 && !transcript.Contains("the one you mentioned", StringComparison.Ordinal), transcript);
    }

    /// <summary>A confession in scorn to the plain question ("sure, I took it apart with a spoon, that's my hobby 🙄", 对对对，都是我踹坏的
    /// 呵呵) owns up to nothing: it is asked about once more, plainly, and the plain "no" after it decides (round 149 hold-out
    /// r149-en-005, read after its one measurement: a repeat failure's replacement became a paid repair).</summary>
    [Theory]
    [InlineData("en-GB", "sure, I took it apart with a spoon, that's my hobby 🙄", "no, nothing like that")]
    [InlineData("zh-CN", "对对对，都是我踹坏的，呵呵", "没有，都没有")]
    public async Task AConfessionInScornIsAskedAboutPlainly(string locale, string scorn, string plain)
    {
        var (driver, transcript) = await UntilAsync(locale, FactQuestion.Circumstances);
        await using var _ = driver;
        var replies = string.Join("\n", (await driver.SayAsync(scorn)).Select(r => r.Text));
        var state = await driver.StateAsync();
        Assert.True(state.Step == Gathering && state.Asking == FactQuestion.Circumstances && state.Causes.Count(c => c.Value) == 0
                    && replies.Contains(Zh(locale) ? "“没有”" : "plain yes or no", StringComparison.Ordinal), transcript + "> " + scorn + "\n" + replies);
        var answers = Answers(locale, "DC-3020", Copier, Zh(locale) ? "修好" : "repair", plain);
        for (var turn = 0; turn < 4 && (await driver.StateAsync()).Step == Gathering; turn++)
            replies += "\n" + string.Join("\n", (await driver.SayAsync(answers[(await driver.StateAsync()).Asking])).Select(r => r.Text));
        state = await driver.StateAsync();
        Assert.True(state.Verdict == "Covered" && state.Causes.Count(c => c.Value) == 0, transcript + "> " + scorn + "\n" + replies);
    }

    [Theory]
    [InlineData("en-GB", "brilliant, yet another engineer visit. lucky me")]
    public async Task PraiseForAnotherVisitIsNoYes(string locale, string sarcasm)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale, ["the left burner on my hob won't light any more"], Answers(locale, "Q5", Hob, "repair"));
        await using var _ = driver;
        var replies = string.Join("\n", (await driver.SayAsync(sarcasm)).Select(r => r.Text));
        Assert.True((await driver.StateAsync()).CaseNumber is null, transcript + "\n> " + sarcasm + "\n" + replies);
    }

    /// <summary>"赶紧修好就行" to the wish question is the wish, not a plea to be seen sooner (a regression of this round's own plea
    /// answer, seen in hold-out r149-zh-005); a long answer to the plain question that ends "nothing else happened to it" denies
    /// the rest (r154-en-005 was asked again).</summary>
    [Theory]
    [InlineData("zh-CN", FactQuestion.Wants, "赶紧修好就行", FactQuestion.Phone)]
    [InlineData("en-GB", FactQuestion.Circumstances, "nobody outside has touched it, no. your engineer did replace the pickup roller once, but nothing else happened to it", FactQuestion.Wants)]
    [InlineData("en-GB", FactQuestion.Circumstances, "it's not as if nobody has worked on it: your engineer sorted a jam in the spring. nobody else though, and no knocks or anything", FactQuestion.Wants)]
    public async Task AnAnswerIsTakenAsTheAnswer(string locale, FactQuestion question, string answer, FactQuestion next)
    {
        var (driver, transcript) = await UntilAsync(locale, question);
        await using var _ = driver;
        var replies = string.Join("\n", (await driver.SayAsync(answer)).Select(r => r.Text));
        var after = await driver.StateAsync();
        Assert.True(after.Asking == next && !replies.Contains("最早", StringComparison.Ordinal), transcript + "> " + answer + "\n" + replies);
    }

    /// <summary>A hedge first and the yes last at the restatement ("I wouldn't say that's wrong. yes, that's exactly it") confirms
    /// it (r154-en-020 was asked again).</summary>
    [Theory]
    [InlineData("en-GB", "I wouldn't say that's wrong. yes, that's exactly it")]
    [InlineData("zh-CN", "也不能说不对。对，就是这样")]
    public async Task AHedgeThenAYesConfirms(string locale, string answer)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(Zh(locale) ? "复印机一直卡纸" : "the copier keeps jamming");
        var replies = string.Join("\n", (await driver.SayAsync(answer)).Select(r => r.Text));
        Assert.True((await driver.StateAsync()).Step == Gathering, replies);
    }
}
