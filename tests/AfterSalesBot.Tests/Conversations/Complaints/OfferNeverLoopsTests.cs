using AfterSalesBot.Bot.Conversations.Complaints;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, item 4 at the offer: an answer the bot cannot read is asked about in other words, never the same sentence twice
/// in a row, and the third miss hands the case to a colleague with the offer still open on it. Before, the offer came back
/// word for word and then "not sure whether that's a yes" again and again: each stranger round found a new loop there.
/// </summary>
public sealed class OfferNeverLoopsTests
{
    private const string LaserPrinterEightMonths = "LP22TA260240"; // LP-2200 laser printer, sold about eight months ago
    private const string Phone = "13957126834";

    [Theory]
    [InlineData("en-GB", "the LP-2200 keeps jamming every few pages", "that's all", "yes", "a week ago", "no", "repair", "hmm the blue one")]
    [InlineData("zh-CN", "LP-2200打印机老是卡纸", "就这些", "对", "一周前", "没有", "修", "蓝色那个吧")]
    public async Task ThreeUnreadableAnswersGoToAColleague(string locale, string story, string done, string yes, string started, string no, string wish, string riddle)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, done, yes, LaserPrinterEightMonths, started, no, wish, Phone,
            riddle, riddle, riddle);

        Assert.True(state.Step == Escalated, transcript);
        Assert.NotNull(state.CaseNumber);
        Assert.Equal("FreeRepair", state.Offers.FirstOrDefault()?.Kind);
        AssertNoSentenceTwiceInARow(transcript);
    }

    [Theory]
    [InlineData("en-GB", "the LP-2200 keeps jamming every few pages", "that's all", "yes", "a week ago", "no", "repair", "hmm the blue one", "yes please")]
    [InlineData("zh-CN", "LP-2200打印机老是卡纸", "就这些", "对", "一周前", "没有", "修", "蓝色那个吧", "可以")]
    public async Task AYesAfterTwoUnreadableAnswersStillAgrees(string locale, string story, string done, string yes, string started, string no, string wish, string riddle, string agree)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, done, yes, LaserPrinterEightMonths, started, no, wish, Phone,
            riddle, riddle, agree);

        Assert.True(state.Step == Agreed, transcript);
        AssertNoSentenceTwiceInARow(transcript);
    }

    /// <summary>The bot's replies, turn by turn (between the customer's "> " lines): no turn may repeat the one before it.</summary>
    private static void AssertNoSentenceTwiceInARow(string transcript)
    {
        var botTurns = new List<string>();
        foreach (var line in transcript.Split('\n'))
        {
            if (line.StartsWith("> ", StringComparison.Ordinal)) botTurns.Add("");
            else if (botTurns.Count > 0) botTurns[^1] += line + "\n";
        }
        for (var i = 1; i < botTurns.Count; i++)
            Assert.False(botTurns[i] == botTurns[i - 1], $"repeated: {botTurns[i]}\n{transcript}");
    }
}
