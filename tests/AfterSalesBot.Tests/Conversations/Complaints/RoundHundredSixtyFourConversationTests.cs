using AfterSalesBot.Bot.Conversations.Complaints;
using AfterSalesBot.Knowledge.Coverage;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;
using static AfterSalesBot.Tests.Conversations.Complaints.ScriptedCustomer;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, thirty-ninth round (2026-12-07): what the round-164–171 strangers' customers broke, replayed in whole
/// conversations in other words.
/// </summary>
public sealed class RoundHundredSixtyFourConversationTests
{
    private const string HoodRepairedTwice = "YT926063911"; // T9 hood, its noise repaired twice under warranty
    private const string NewHob = "JQ526104608"; // Q5 hob sold 3 days ago
    private const string HeaterRepairedOnce = "DE60Q260266"; // E60 heater, one part changed
    private const string ExpiredHeater = "DE60X250226"; // E60 heater, out of warranty
    private const string ColourCopier = "DC45252606641"; // DC-4525 copier
    private const string Hood = "YT926046930"; // T9 hood, in warranty

    private static string Said(IEnumerable<AfterSalesBot.Bot.Schema.Activity> replies) => string.Join("\n", replies.Select(r => r.Text));

    /// <summary>A ranked wish at the wish question: the first choice is offered first. Before, the refund named as a fallback
    /// was offered to a customer who wanted a new hood first, and a replacement after 退不了就 to one who wanted the refund.</summary>
    [Theory]
    [InlineData("en-GB", "a new hood ideally. otherwise my money back I suppose", RemedyKind.Replacement)]
    [InlineData("zh-CN", "最好换台新的，不行的话退钱也行", RemedyKind.Replacement)]
    public async Task ARankedWishIsOfferedItsFirstChoice(string locale, string wish, RemedyKind first)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale,
            [Zh(locale) ? "T9油烟机又咔咔响了，你们师傅已经为这个响声修过两次了" : "the T9 hood is rattling again, your engineer has already fixed the noise twice"],
            Answers(locale, "T9", HoodRepairedTwice, wish));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Step == AwaitingAgreement && state.Offers[state.OfferIndex].Kind == first.ToString(), transcript);
    }

    [Fact]
    public async Task ARefundFirstThenAReplacementInTheReturnWindowOffersTheRefund()
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync("zh-CN", ["前几天刚买的Q5灶，左边的火打不着"],
            Answers("zh-CN", "Q5", NewHob, "最好是退了，退不了就给我换一台"));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Step == AwaitingAgreement && state.Offers[state.OfferIndex].Kind == nameof(RemedyKind.Refund), transcript);
    }

    /// <summary>A yes with a remedy for a later failure ("go ahead, but if it still leaks after this I want a refund",
    /// 行，先修，这次要是还不好我就要退) agrees to this offer. Before, the refund became the wish and went to a supervisor.</summary>
    [Theory]
    [InlineData("en-GB", "go ahead. but if it still leaks after this one I'm asking for a refund")]
    [InlineData("zh-CN", "行，先修，这次要是还修不好我就要退了")]
    public async Task AYesWithARemedyForALaterFailureAgrees(string locale, string answer)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale,
            [Zh(locale) ? "E60热水器底下接头在滴水，之前你们换过一次零件" : "the E60 heater is dripping at the joint underneath, you changed a part once before"],
            Answers(locale, "E60", HeaterRepairedOnce, Zh(locale) ? "修好" : "repair"));
        await using var _ = driver;
        Assert.Equal(AwaitingAgreement, (await driver.StateAsync()).Step);
        var replies = Said(await driver.SayAsync(answer));
        var state = await driver.StateAsync();
        Assert.True(state.Step == Agreed && state.CaseNumber is not null, transcript + "\n> " + answer + "\n" + replies);
    }

    /// <summary>"修可以修，这个价我做不了主，让你们的人跟我说吧" at a paid offer asks for a person: before it was booked as a yes.</summary>
    [Theory]
    [InlineData("zh-CN", "修可以修，这个价我做不了主，让你们的人跟我说吧")]
    [InlineData("en-GB", "I could go for it but I can't sign off that price, have one of your people talk it through with me")]
    public async Task AskingYourPeopleToTalkItThroughAtTheOfferEscalates(string locale, string answer)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale,
            [Zh(locale) ? "E60热水器底下渗水" : "the E60 water heater is seeping water underneath"],
            Answers(locale, "E60", ExpiredHeater, Zh(locale) ? "修" : "repair"));
        await using var _ = driver;
        Assert.Equal(AwaitingAgreement, (await driver.StateAsync()).Step);
        var replies = Said(await driver.SayAsync(answer));
        var state = await driver.StateAsync();
        Assert.True(state.Step == Escalated && state.CaseNumber is not null, transcript + "\n> " + answer + "\n" + replies);
    }

    /// <summary>"only the other toner, as I said. never dropped or opened" at the plain question owns up to the non-original
    /// toner the story told: before, the denial after it won and the repair was free.</summary>
    [Fact]
    public async Task OnlyTheCircumstanceAlreadyToldIsAYesToIt()
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync("en-GB",
            ["the DC-4525 prints everything with a green tint", "we've been using cheaper compatible toner from another supplier for a couple of months"],
            Answers("en-GB", "DC-4525", ColourCopier, "fix it", "only the other toner, as I said. never dropped or opened"));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Verdict == "CoveredWithFee", transcript);
    }

    /// <summary>A graze while moving furniture, said not to have caused the noise (搬柜子的时候蹭了一下，不过响是之前就有的), is a
    /// disputed cause for a person to review: before, it was noted and the repair was free.</summary>
    [Fact]
    public async Task AGrazeSaidNotToBeTheCauseIsReviewed()
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync("zh-CN", ["T9油烟机开大档的时候咔咔响"],
            Answers("zh-CN", "T9", Hood, "修好", "搬柜子的时候蹭了一下烟机，不过响是之前就有的"));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Verdict == "NeedsReview", transcript);
    }

    /// <summary>"some days I give up and use the other burner" in the story is the story: before, it cancelled the complaint.</summary>
    [Fact]
    public async Task GivingUpOnTheBurnerInTheStoryGoesOn()
    {
        await using var driver = await ConversationDriver.StartAsync("en-GB");
        var transcript = Said(await driver.SayAsync("hello, my q5 hob still lights but only barely"));
        var replies = Said(await driver.SayAsync("the front burner takes a dozen clicks, some days I give up and use the other one"));
        var state = await driver.StateAsync();
        Assert.True(state.Step is Listening or Confirming, transcript + "\n" + replies);
    }

    /// <summary>An idiomatic yes at the restatement ("bang on", 可不是嘛) confirms it, and at the offer ("you got it") agrees.</summary>
    [Theory]
    [InlineData("en-GB", "bang on")]
    [InlineData("en-GB", "you got it in one, same jam every time")]
    [InlineData("zh-CN", "可不是嘛")]
    public async Task AnIdiomaticYesConfirmsTheRestatement(string locale, string answer)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        var transcript = Said(await driver.SayAsync(Zh(locale) ? "复印机老卡纸，就这些" : "the copier keeps jamming, that's all"));
        Assert.Equal(Confirming, (await driver.StateAsync()).Step);
        var replies = Said(await driver.SayAsync(answer));
        var state = await driver.StateAsync();
        Assert.True(state.Step == Gathering && state.Asking == FactQuestion.Serial, transcript + "\n> " + answer + "\n" + replies);
    }

    [Theory]
    [InlineData("en-GB", "you got it")]
    [InlineData("zh-CN", "那必须的")]
    public async Task AnIdiomaticYesAtTheOfferAgrees(string locale, string answer)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale,
            [Zh(locale) ? "T9油烟机开大档的时候咔咔响" : "the T9 hood rattles on the high setting"], Answers(locale, "T9", Hood, Zh(locale) ? "修好" : "repair"));
        await using var _ = driver;
        var replies = Said(await driver.SayAsync(answer));
        var state = await driver.StateAsync();
        Assert.True(state.Step == Agreed, transcript + "\n> " + answer + "\n" + replies);
    }

    /// <summary>"replace the cracked panel for free" at the wish question is a repair wished: before, "We'll find out together"
    /// and the same question three times.</summary>
    [Theory]
    [InlineData("en-GB", "replace the cracked panel for free")]
    [InlineData("zh-CN", "把面板免费换一块就行")]
    public async Task APartToReplaceAtTheWishQuestionIsAnswered(string locale, string wish)
    {
        var (driver, transcript) = await CopierUntilAsync(locale, FactQuestion.Wants, "DC30202608455");
        await using var _ = driver;
        var replies = Said(await driver.SayAsync(wish));
        var state = await driver.StateAsync();
        Assert.True(state.Asking == FactQuestion.Phone, transcript + "> " + wish + "\n" + replies);
    }

    /// <summary>Hold-out fix (round 166): a wish under a condition at the offer ("how soon is that? if it's this week a repair is
    /// fine, if it takes weeks i'd rather a new one") is no new wish; before, the replacement went to a supervisor.</summary>
    [Fact]
    public async Task AConditionalWishAtTheOfferIsNoNewWish()
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync("en-GB", ["the T9 hood rattles on the high setting"], Answers("en-GB", "T9", Hood, "repair"));
        await using var _ = driver;
        const string answer = "how soon is that? if it's this week a repair is fine, if it takes weeks i'd rather a new one";
        var replies = Said(await driver.SayAsync(answer));
        var state = await driver.StateAsync();
        Assert.True(state.Step is AwaitingAgreement or Agreed && state.Offers[state.OfferIndex].Kind == nameof(RemedyKind.FreeRepair), transcript + "\n> " + answer + "\n" + replies);
    }

    /// <summary>Hold-out fix (round 167): "only that handyman, not one of yours" at the question about the repair the story told
    /// owns up to it; with "nothing to do with it" in the story, the cause is disputed and reviewed. Before: "didn't catch that",
    /// then the free repair.</summary>
    [Fact]
    public async Task OnlyThatRepairerIsAYesToTheRepairTheStoryTold()
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync("en-GB",
            ["my H16 gas water heater keeps showing an error code", "a handyman we got in ourselves, not one of your engineers, repaired the valve on it recently, but that has nothing to do with it"],
            Answers("en-GB", "H16", "RH1626071138", "repair", "only that handyman, not one of yours, like I said"));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Verdict == "NeedsReview", transcript);
    }

    /// <summary>Hold-out fix (round 168): "same as above", 跟前面说的一样 at the plain question, after a story that denied every
    /// circumstance, is that denial; before, "didn't catch that" and the same question again.</summary>
    [Theory]
    [InlineData("en-GB", "nobody has dropped it or spilled anything on it, it just started jamming", "same as above")]
    [InlineData("zh-CN", "没摔过也没进过水，就是突然开始卡纸", "跟前面说的一样")]
    public async Task PointingBackToADenialAnswersThePlainQuestion(string locale, string story, string answer)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        var transcript = Said(await driver.SayAsync(story)) + "\n";
        var answers = Answers(locale, "DC-3020", "DC30202608455", "repair");
        for (var turn = 0; turn < 8 && (await driver.StateAsync()) is var now && !(now.Step == Gathering && now.Asking == FactQuestion.Circumstances); turn++)
        {
            var line = now.Step is Listening ? (Zh(locale) ? "就这些" : "that's all") : now.Step is Confirming ? (Zh(locale) ? "对" : "yes") : answers[now.Asking];
            transcript += "> " + line + "\n" + Said(await driver.SayAsync(line)) + "\n";
        }
        Assert.Equal(FactQuestion.Circumstances, (await driver.StateAsync()).Asking);
        var replies = Said(await driver.SayAsync(answer));
        var state = await driver.StateAsync();
        Assert.True(state.Asking != FactQuestion.Circumstances && state.Causes.Count > 0 && !state.Causes.Values.Any(v => v), transcript + "> " + answer + "\n" + replies);
    }
}
