using AfterSalesBot.Bot.Conversations.Complaints;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;
using static AfterSalesBot.Tests.Conversations.Complaints.ScriptedCustomer;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, thirty-eighth round (2026-12-07): what the round-156–163 strangers' customers broke, replayed in whole
/// conversations in other words.
/// </summary>
public sealed class RoundHundredFiftySixConversationTests
{
    private const string Hob = "JQ526067582"; // Q5 hob, sold 58 days ago, never repaired
    private const string Copier = "DC30202608455"; // DC-3020 copier

    /// <summary>Tells the copier story and answers until <paramref name="question"/> is open.</summary>
    private static async Task<(ConversationDriver Driver, string Transcript)> UntilAsync(string locale, FactQuestion question)
    {
        var driver = await ConversationDriver.StartAsync(locale);
        var transcript = string.Join("\n", (await driver.SayAsync(Zh(locale) ? "复印机一直卡纸" : "the copier keeps jamming")).Select(r => r.Text)) + "\n";
        var answers = Answers(locale, "DC-3020", Copier, Zh(locale) ? "修好" : "repair");
        for (var turn = 0; turn < 12; turn++)
        {
            var state = await driver.StateAsync();
            if (state.Asking == question && state.Step == Gathering) break;
            var line = state.Step == Confirming ? Zh(locale) ? "对" : "yes" : answers[state.Asking];
            transcript += "> " + line + "\n" + string.Join("\n", (await driver.SayAsync(line)).Select(r => r.Text)) + "\n";
        }
        return (driver, transcript);
    }

    /// <summary>A customer who asks for WeChat or e-mail to send pictures hears that photos and videos can be sent right here
    /// (the chat takes attachments and keeps them with the case). Before: "you can show photos to the technician then".</summary>
    [Theory]
    [InlineData("en-GB", "is there a WeChat I can add you on? easier to send pictures there", "sent right here")]
    [InlineData("zh-CN", "能加个微信吗？我拍个视频发你们看", "直接在这个对话里发送")]
    public async Task PicturesAskedAboutOnAnotherChannelCanBeSentHere(string locale, string asked, string here)
    {
        var (driver, transcript) = await UntilAsync(locale, FactQuestion.Serial);
        await using var _ = driver;
        var replies = string.Join("\n", (await driver.SayAsync(asked)).Select(r => r.Text));
        var after = await driver.StateAsync();
        Assert.True(replies.Contains(here, StringComparison.Ordinal) && after.Asking == FactQuestion.Serial && after.Step == Gathering,
            transcript + "> " + asked + "\n" + replies);
    }
}
