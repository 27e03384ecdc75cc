using AfterSalesBot.Bot.Conversations.Complaints;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, twenty-seventh round (2026-12-06): what the round-68–75 strangers' customers broke, replayed in whole
/// conversations in other words. Answers to the offer that accept and add something (a question, a condition the offer
/// already meets, a thank-you), a "never mind" with nothing open, and a knock that came after the fault.
/// </summary>
public sealed class RoundSixtyEightConversationTests
{
    private const string LaserInWarranty = "LP22TA260240"; // LP-2200 laser printer, in warranty, no repairs
    private const string HoodFixedTwiceForNoise = "YT926063911"; // T9 range hood, in warranty, the fan's noise repaired twice
    private const string CopierEightMonths = "DC45252512510"; // DC-4525 colour copier, sold about eight months ago, no repairs
    private const string Phone = "13957126834";

    private static async Task<ConversationDriver> AtTheOfferAsync(string locale, string serial, bool noise = false)
    {
        var zh = locale.StartsWith("zh", StringComparison.Ordinal);
        var story = noise ? zh ? "油烟机噪音特别大" : "the range hood is really loud" : zh ? "激光打印机老是卡纸" : "the laser printer keeps jamming";
        var driver = await ConversationDriver.StartAsync(locale);
        foreach (var line in new[] { story, zh ? "就这些" : "that's all", zh ? "对" : "yes", serial, zh ? "一个礼拜前" : "a week ago",
            zh ? "没有" : "no", zh ? "修" : "repair", Phone })
            await driver.SayAsync(line);
        Assert.Equal(AwaitingAgreement, (await driver.StateAsync()).Step);
        return driver;
    }

    /// <summary>可 alone, and a thank-you that asks for the case number, accept the offer (before: 可 was asked about three
    /// times and went to a person; the case-number question was answered and the offer repeated for ever).</summary>
    [Theory]
    [InlineData("zh-CN", "可")]
    [InlineData("zh-CN", "可。")]
    [InlineData("en-GB", "brilliant, cheers! sorry, what's my case number going to be?")]
    [InlineData("en-US", "perfect thank you!! and the case number again?")]
    public async Task AnAcceptanceWithAQuestionAccepts(string locale, string answer)
    {
        await using var driver = await AtTheOfferAsync(locale, LaserInWarranty);
        var replies = await driver.SayAsync(answer);
        var state = await driver.StateAsync();
        var transcript = string.Join("\n", replies.Select(r => r.Text));

        Assert.True(state.Step == Agreed, transcript);
        Assert.Contains(state.CaseNumber!, transcript);
    }

    /// <summary>"if it's brand new, then swap it" to a replacement offer: the condition is the offer, so it is a yes (before:
    /// not understood three times, then a colleague).</summary>
    [Theory]
    [InlineData("zh-CN", "是新机器的话就换吧")]
    [InlineData("en-GB", "if it's a brand new one then yes, swap it")]
    public async Task AConditionTheReplacementMeetsIsAYes(string locale, string answer)
    {
        await using var driver = await AtTheOfferAsync(locale, HoodFixedTwiceForNoise, noise: true);
        Assert.Equal("Replacement", (await driver.StateAsync()).Offers[0].Kind.ToString());

        var replies = await driver.SayAsync(answer);
        var state = await driver.StateAsync();

        Assert.True(state.Step == Agreed, string.Join("\n", replies.Select(r => r.Text)));
    }

    /// <summary>"好。对了，这次算不算第二次？要是再坏是不是就能换新的了" at a free repair: a yes, then a question about a later
    /// replacement, which is no wish for one (before: the wish changed to a replacement and went to a supervisor).</summary>
    [Theory]
    [InlineData("zh-CN", "好的。对了，这次修完算不算第二次？要是以后再坏，是不是就可以换新的了？")]
    [InlineData("en-GB", "ok great. btw does this count as the second repair? if it breaks again could I get a new one then?")]
    public async Task AYesThenAQuestionAboutALaterReplacementAccepts(string locale, string answer)
    {
        await using var driver = await AtTheOfferAsync(locale, LaserInWarranty);
        var replies = await driver.SayAsync(answer);
        var state = await driver.StateAsync();

        Assert.True(state.Step == Agreed, string.Join("\n", replies.Select(r => r.Text)));
    }

    /// <summary>"never mind, whatever" with nothing open (after asking whether the bot is a person): nothing to cancel, so the
    /// conversation stays open and the story that follows is heard (before: "let's stop here", and the customer was gone).</summary>
    [Theory]
    [InlineData("zh-CN", "你是机器人吧", "算了 无所谓", "热水器这两天一直漏水")]
    [InlineData("en-GB", "are you an actual human?", "never mind, whatever", "our water heater has been leaking for two days")]
    public async Task NeverMindWithNothingOpenKeepsListening(string locale, string question, string never, string story)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, question, never, story);

        Assert.True(state.Step is Listening or Confirming, transcript);
        Assert.Contains("LEAK", state.Symptoms);
    }

    /// <summary>A knock owned up to at the circumstances question, "but it was jamming before that": the cause is disputed and
    /// a colleague decides (docs/coverage-rules.md rule 5; before: a cost fee for the knock).</summary>
    [Theory]
    [InlineData("en-GB", "yes, a courier banged a parcel into it last week, but it had been jamming for days before that")]
    [InlineData("zh-CN", "有，上周送水的师傅碰了一下侧面，但是卡纸在那之前好几天就开始了")]
    public async Task AKnockAfterTheFaultGoesToReview(string locale, string answer)
    {
        var zh = locale.StartsWith("zh", StringComparison.Ordinal);
        await using var driver = await ConversationDriver.StartAsync(locale);
        foreach (var line in new[] { zh ? "彩色复印机老卡纸" : "the colour copier keeps jamming", zh ? "就这些" : "that's all", zh ? "对" : "yes",
            CopierEightMonths, zh ? "两个礼拜前" : "two weeks ago" })
            await driver.SayAsync(line);
        Assert.Equal(FactQuestion.Circumstances, (await driver.StateAsync()).Asking);

        await driver.SayAsync(answer);
        await driver.SayAsync(zh ? "修" : "repair");
        var replies = await driver.SayAsync(Phone);
        var state = await driver.StateAsync();

        Assert.True(state.Verdict == "NeedsReview", string.Join("\n", replies.Select(r => r.Text)));
    }

    /// <summary>A first message with the product, the fault and "I know it's past warranty": the complaint starts (before: an
    /// article on noisy hoods, the story lost, and "ok" greeted for ever).</summary>
    [Theory]
    [InlineData("en-GB", "The range hood drones on every speed now. I know it's past warranty, we've had it a good while")]
    [InlineData("zh-CN", "油烟机每一档都嗡嗡响，我知道早就过保了")]
    public async Task AStoryThatKnowsItIsPastWarrantyStartsTheComplaint(string locale, string story)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story);

        Assert.True(state.Step is Listening or Confirming, transcript);
        Assert.Contains("NOISE", state.Symptoms);
    }

    // From the hold-outs (measured once, then fixed).

    /// <summary>"退。案件号能再发我一下吗？" at a refund, and "yes swap it please. can I keep the cartridges? I don't want them
    /// going back" at a replacement: the remedy named, then a question, is a yes (before: the number was promised for the end
    /// for ever; the question's "don't want" refused the replacement).</summary>
    [Theory]
    [InlineData("zh-CN", "退货", "退。案件号能再发我一下吗？")]
    [InlineData("en-GB", "replace it", "yes swap it please. can I keep the spare filters? I don't want them going back with it")]
    public async Task TheRemedyNamedThenAQuestionAccepts(string locale, string wish, string answer)
    {
        var zh = locale.StartsWith("zh", StringComparison.Ordinal);
        await using var driver = await ConversationDriver.StartAsync(locale);
        foreach (var line in new[] { zh ? "油烟机噪音特别大" : "the range hood is really loud", zh ? "就这些" : "that's all", zh ? "对" : "yes",
            HoodFixedTwiceForNoise, zh ? "一个礼拜前" : "a week ago", zh ? "没有" : "no", wish, Phone })
            await driver.SayAsync(line);
        var offered = await driver.StateAsync();
        Assert.Equal(AwaitingAgreement, offered.Step);

        var replies = await driver.SayAsync(answer);
        var state = await driver.StateAsync();

        Assert.True(state.Step == Agreed, string.Join("\n", replies.Select(r => r.Text)));
    }
}
