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
}
