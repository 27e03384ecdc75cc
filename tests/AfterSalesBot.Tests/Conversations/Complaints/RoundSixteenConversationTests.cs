using AfterSalesBot.Bot.Conversations.Complaints;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, twelfth round (2026-12-04): what the round-16/17 strangers' customers broke, replayed in other words.
/// "yes but it's got worse" at the restatement looped between "what did I miss?" and the same restatement; "I don't
/// remember" when asked when it started was taken as final even where the start decides the warranty; serials read out
/// in pieces ("R H 16 …", "DC4525 2610 709") were no serials; "I want it fixed under warranty since…" at the wish question
/// was answered as a warranty question, again and again. Serials from knowledge/demo (rebased to today).
/// </summary>
public sealed class RoundSixteenConversationTests
{
    private const string HoodExpired = "YT925079630"; // CXW-T9, sold 453 days ago (12 months: ended 88 days ago)
    private const string HobInWarranty = "JQ526078529"; // JZT-Q5, sold 88 days ago
    private const string GasHeaterInWarranty = "RH1626071136"; // JSQ-H16, sold 31 days ago
    private const string CopierNineDaysOld = "DC45252610709"; // DC-4525, sold 9 days ago

    [Fact]
    public async Task YesWithSomethingAddedConfirmsAndKeepsTheAddition()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("en-US",
            "my gas hob won't light since friday",
            "yes, but it's got worse — now the other burner doesn't even click");

        Assert.True(state.Step == Gathering, transcript);
        Assert.Contains(state.Heard, h => h.Contains("got worse", StringComparison.Ordinal));
        Assert.DoesNotContain("what I missed", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARestatementTurnedDownAgainAndAgainDoesNotLoop()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("en-US",
            "the hob doesn't light", "no", "nothing more", "no", "nothing more", "no");

        Assert.True(state.Step == Gathering, transcript);
        Assert.Equal(3, transcript.Split('\n').Count(l => l.Contains("Is that correct?", StringComparison.Ordinal)));
        Assert.DoesNotContain("I've added that", transcript, StringComparison.Ordinal);
    }

    /// <summary>"that's it" to "is that correct?" adds nothing: asked again plainly, without "I've added that".</summary>
    [Theory]
    [InlineData("en-US", "the hob doesn't light since friday", "that's it", "Is that correct?")]
    [InlineData("zh-CN", "燃气灶打不着火，周五开始的", "就这些", "对吗")]
    public async Task ClosingWordsAtTheRestatementAddNothing(string locale, string story, string answer, string asked)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, answer);

        Assert.True(state.Step == Confirming, transcript);
        Assert.Contains(asked, transcript.Split('\n')[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("I've added that", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("这一点我也记下了", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain(state.Heard, h => h == answer);
    }

    [Fact]
    public async Task NotRememberingTheStartOfAnExpiredProductIsAskedRoughlyOnce()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("en-US",
            "the range hood has become really loud", "that's all", "yes", HoodExpired, "I can't remember, sorry");

        Assert.Equal(FactQuestion.Started, state.Asking);
        Assert.Contains("rough idea", transcript.Split('\n')[^1], StringComparison.OrdinalIgnoreCase);

        (state, transcript) = await ConversationDriver.PlayAsync("en-US",
            "the range hood has become really loud", "that's all", "yes", HoodExpired, "no idea to be honest",
            "hmm, probably around four months back", "no", "repair", "0571 8612 3456");

        Assert.True(state.Verdict == "NeedsReview", transcript);
        Assert.Equal(Escalated, state.Step);
    }

    [Fact]
    public async Task NotRememberingTwiceIsAnAnswer()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("zh-CN",
            "油烟机噪音特别大", "就这些", "对", HoodExpired, "不记得了", "真想不起来了");

        Assert.True(state.Asking == FactQuestion.Circumstances, transcript);
    }

    [Fact]
    public async Task NotRememberingTheStartInWarrantyAsksNothingMore()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("en-US",
            "the hob won't light", "that's all", "yes", HobInWarranty, "I don't remember");

        Assert.True(state.Asking == FactQuestion.Circumstances, transcript);
    }

    [Theory]
    [InlineData("zh-CN", "呃 r h 16 2607 1136", GasHeaterInWarranty)]
    [InlineData("en-US", "it says DC4525 2610 709 on the sticker", CopierNineDaysOld)]
    public async Task ASerialReadOutInPiecesIsTheSerial(string locale, string answer, string serial)
    {
        var story = locale == "zh-CN" ? "热水器不出热水了，三天了" : "the copier jams all the time since monday";
        var done = locale == "zh-CN" ? "就这些" : "that's all";
        var yes = locale == "zh-CN" ? "对" : "yes";
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, done, yes, answer);

        Assert.True(state.Serial == serial, transcript);
        Assert.NotEqual(FactQuestion.Serial, state.Asking);
    }

    [Fact]
    public async Task AWishWithAWarrantyRemarkAnswersTheWishQuestion()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("en-US",
            "the hob won't light", "that's all", "yes", HobInWarranty, "since last week", "no",
            "I want it fixed under the warranty, it went wrong while it was covered");

        Assert.Equal("Repair", state.Wants);
        Assert.True(state.Asking == FactQuestion.Phone, transcript);
    }

    [Fact]
    public async Task ASerialTypedInLowerCaseKeepsAChineseConversationChinese()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("zh-CN",
            "财务软件9.0单机版安装到一半就报错", "对", "fs9 2610 cdnh");

        Assert.Equal("zh", state.Language);
        Assert.Contains("什么时候", transcript.Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForNowNothingElseClosesTheStory()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("zh-CN",
            "你好", "公司的复印机印出来一道一道的", "暂时没有");

        Assert.True(state.Step == Confirming, transcript);
    }
}
