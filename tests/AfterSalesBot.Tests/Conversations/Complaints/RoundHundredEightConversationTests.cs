using AfterSalesBot.Bot.Conversations.Complaints;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;
using static AfterSalesBot.Tests.Conversations.Complaints.ScriptedCustomer;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, thirty-second round (2026-12-06): what the round-108–115 strangers' customers broke, replayed in whole
/// conversations in other words: a "no dear" that closes the story, "let's see what the warranty says" as the wish, a part
/// agreed by naming it, a spill owned up to at the plain question, and a table of denials.
/// </summary>
public sealed class RoundHundredEightConversationTests
{
    private const string ColourCopier = "DC45252606641"; // DC-4525 colour copier, sold 2026-08-04, in warranty, no repairs
    private const string Hob = "JQ525091280"; // Q5 hob, sold 364 days ago, never repaired

    private static async Task<string> SayAsync(ConversationDriver driver, string text) =>
        string.Join("\n", (await driver.SayAsync(text)).Select(r => r.Text));

    /// <summary>"no dear", "nope love" to "anything else?": the story is closed and restated (before: "Please go on" three times).</summary>
    [Theory]
    [InlineData("no dear")]
    [InlineData("nope love, that's it")]
    public async Task ANoWithAKindWordClosesTheStory(string no)
    {
        await using var driver = await ConversationDriver.StartAsync("en-GB");
        await driver.SayAsync("my grandson got me one of your printers a while back");
        await driver.SayAsync("these last few days it won't take the paper in at all");
        var replies = await SayAsync(driver, no);
        Assert.True((await driver.StateAsync()).Step == Confirming, replies);
    }

    /// <summary>"看看能不能保修", "let's see if the warranty covers it" as the wish: no particular remedy, so the warranty decides
    /// (before: the wish question asked three times).</summary>
    [Theory]
    [InlineData("zh-CN", "先看看能不能保修吧")]
    [InlineData("en-GB", "let's see if the warranty covers it first")]
    public async Task SeeingWhatTheWarrantyCoversIsNoParticularWish(string locale, string wish)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale,
            [Zh(locale) ? "燃气灶右边的火点不着了" : "the right burner on my hob won't light any more"],
            Answers(locale, "Q5", Hob, wish));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Step == AwaitingAgreement && state.Verdict == "Covered", transcript);
    }

    /// <summary>The part offered, agreed by naming it ("那就换个鼓吧", "ok, replace the drum then"): agreed (before: "I'm not sure
    /// whether you agree" three times, then a colleague).</summary>
    [Theory]
    [InlineData("zh-CN", "那就换个鼓吧")]
    [InlineData("en-GB", "ok, replace the drum then")]
    public async Task ThePartAgreedByNamingItIsAgreed(string locale, string yes)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale,
            [Zh(locale) ? "复印机屏幕提示感光鼓寿命已到，要更换感光鼓，印出来发灰" : "the copier's screen says the drum has reached end of life and prints are grey"],
            Answers(locale, "DC-4525", ColourCopier, Zh(locale) ? "能用就行" : "whatever gets it working"));
        await using var _ = driver;
        Assert.True((await driver.StateAsync()).Step == AwaitingAgreement, transcript);
        var replies = await SayAsync(driver, yes);
        Assert.True((await driver.StateAsync()).Step == Agreed, transcript + "\n" + replies);
    }

    /// <summary>A spill told in the story and owned up to at the plain question, with the rest denied: the cost fee, without
    /// "which one was it?" (before: asked which, then "didn't catch that", then repaired free).</summary>
    [Fact]
    public async Task ASpillOwnedUpToAtThePlainQuestionIsTheFee()
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync("en-GB",
            ["a pot of stock boiled over into the front burner of my hob and since then it clicks but won't light", "that's all"],
            Answers("en-GB", "Q5", Hob, "repair it",
                "yes, the stock boiled over into it, that's all. never dropped, nobody opened it"));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.DoesNotContain("Which one was it", transcript);
        Assert.True(state.Verdict == "CoveredWithFee", transcript);
    }

    /// <summary>The circumstances answered as a table of denials ("摔：没有 / 进水：没有 / 电压：正常"): covered, free.</summary>
    [Fact]
    public async Task ATableOfDenialsIsCovered()
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync("zh-CN",
            ["燃气灶右边的火点不着了"],
            Answers("zh-CN", "Q5", Hob, "修好", "碰撞：没有\n进水：没有\n电压：正常\n外人修过：没有"));
        await using var _ = driver;
        Assert.True((await driver.StateAsync()).Verdict == "Covered", transcript);
    }

    /// <summary>A person asked for in words once the story is told ("I'd rather talk to a real person about this", 我不想跟机器人说
    /// 给我转人工): promised, the facts and the warranty answer first, then the person when asked again at the offer (before:
    /// handed over at once, with no verdict and no remedy; 13 of this round's 320 strangers expected them first).</summary>
    [Theory]
    [InlineData("en-GB", "I'd honestly rather sort this out with a real human", "still want a real person please")]
    [InlineData("zh-CN", "我不太想跟机器人聊，帮我找个真人吧", "我还是要找真人")]
    public async Task APersonAskedInWordsGetsTheVerdictFirstThenThePerson(string locale, string person, string again)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale,
            [Zh(locale) ? "燃气灶右边的火点不着了" : "the right burner on my hob won't light any more", person],
            Answers(locale, "Q5", Hob, Zh(locale) ? "修好" : "repair"));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Step == AwaitingAgreement && state.Verdict == "Covered", transcript);
        await driver.SayAsync(again);
        state = await driver.StateAsync();
        Assert.True(state.Step == Escalated && state.CaseNumber is not null, transcript);
    }

    /// <summary>The person asked for twice, or the button's label alone, is passed on at once.</summary>
    [Theory]
    [InlineData("en-GB", "I'd rather talk to someone real", "no, a person now please")]
    [InlineData("zh-CN", "我想跟真人说", "不用了，现在就转人工")]
    public async Task APersonAskedTwiceIsPassedOnAtOnce(string locale, string person, string again)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(Zh(locale) ? "我的Q5燃气灶右边的火点不着了" : "my Q5 hob's right burner won't light any more");
        await driver.SayAsync(person);
        Assert.NotEqual(Escalated, (await driver.StateAsync()).Step);
        await driver.SayAsync(again);
        Assert.Equal(Escalated, (await driver.StateAsync()).Step);
    }
}
