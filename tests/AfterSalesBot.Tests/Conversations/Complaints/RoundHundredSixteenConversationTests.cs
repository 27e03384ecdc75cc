using AfterSalesBot.Bot.Conversations.Complaints;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;
using static AfterSalesBot.Tests.Conversations.Complaints.ScriptedCustomer;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, thirty-third round (2026-12-07): what the round-116–123 strangers' customers broke, and the flaw the last round's
/// hold-outs exposed, replayed in whole conversations in other words.
/// </summary>
public sealed class RoundHundredSixteenConversationTests
{
    private const string Hob = "JQ525091280"; // Q5 hob, sold 364 days ago, never repaired

    /// <summary>The wish and a person in one answer ("repair, but through a person", 修吧 不过我要找真人): the person is promised
    /// and the wish is kept, so the warranty answer and the offer come next (before: the wish was dropped and asked again, and
    /// the repeat handed the case over with no verdict).</summary>
    [Theory]
    [InlineData("en-GB", "repair it, but I want a real person dealing with it")]
    [InlineData("zh-CN", "修吧，不过我想找个真人来处理")]
    public async Task AWishGivenWithAPersonIsKept(string locale, string wish)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale,
            [Zh(locale) ? "燃气灶右边的火点不着了" : "the right burner on my hob won't light any more"],
            Answers(locale, "Q5", Hob, wish));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Step == AwaitingAgreement && state.Verdict == "Covered" && state.Wants == "Repair", transcript);
        Assert.True(state.PersonAfterTheFacts, transcript);
        // The person promised is recalled once, before the offer.
        Assert.Contains(Zh(locale) ? "随时可以" : "one step away", transcript);
    }

    /// <summary>"no, I want a person" to the serial question: the person is promised and the serial is asked again, never read
    /// as "I have no serial".</summary>
    [Theory]
    [InlineData("en-GB", "no, I want a person")]
    [InlineData("zh-CN", "不要，我要人工")]
    public async Task ANoAndAPersonAtTheSerialQuestionIsNoAnswer(string locale, string no)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(Zh(locale) ? "我的Q5燃气灶右边的火点不着了" : "my Q5 hob's right burner won't light any more");
        await driver.SayAsync(Zh(locale) ? "对" : "yes");
        var state = await driver.StateAsync();
        Assert.Equal(FactQuestion.Serial, state.Asking);
        var replies = string.Join("\n", (await driver.SayAsync(no)).Select(r => r.Text));
        state = await driver.StateAsync();
        Assert.True(state.Step == Gathering && state.Asking == FactQuestion.Serial && state.PersonAfterTheFacts && state.UnknownSerial is null, replies);
    }
}
