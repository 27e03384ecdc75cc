using AfterSalesBot.Bot.Conversations.Complaints;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, eleventh round (2026-12-04): what the round-11/12 hold-outs and the round-13/14 strangers' customers broke,
/// replayed in other words. "不退了，换台新的" was offered the refund; "nobody dropped it, got it wet or opened it" charged a
/// cost fee; "that's all — and tell me the case number at the end" looped on "which case?"; an age said beside "这周一开始"
/// became the start and sent an expired heater to review; "算了，重新来吧" cancelled the complaint; Chinese typed with a
/// space between characters was not understood; "finance 9, the single user one" was no product. Serials from
/// knowledge/demo (rebased to today).
/// </summary>
public sealed class RoundThirteenConversationTests
{
    private const string HeaterTwoDaysOld = "DE60R260884"; // DSZ-E60, sold 2 days ago
    private const string CopierSevenWeeksOld = "DC30202608455"; // DC-3020, sold 48 days ago
    private const string GasHeaterExpired = "RH1624014541"; // JSQ-H16, sold 997 days ago
    private const string PrinterExpired = "LP22KQ240756"; // LP-2200, sold 791 days ago
    private const string PrinterInWarranty = "LP22WW260485"; // LP-2200, sold 140 days ago

    [Fact]
    public async Task ARefundTurnedDownForANewOneOffersTheNewOne()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("zh-CN",
            "电热水器刚装两天，今天早上发现底下在漏水", "干脆退掉算了", "就这些", "对", HeaterTwoDaysOld, "没有",
            "想了想还是不退了，换一台新的吧", "0571 8612 3456");

        Assert.True(state.Offers.FirstOrDefault()?.Kind == "Replacement", transcript);
    }

    [Fact]
    public async Task ADeniedListOfCircumstancesIsAFreeRepair()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("en-US",
            "our DC-3020 copier started squealing and jamming on tuesday", "that's all", "yes", CopierSevenWeeksOld,
            "No, nobody has knocked it, spilt coffee on it or had the panels off.", "repair please", "0571 8612 3456");

        Assert.DoesNotContain(state.Causes, c => c.Value);
        Assert.True(state.Offers.FirstOrDefault()?.Kind == "FreeRepair", transcript);
    }

    [Fact]
    public async Task AskingForTheCaseNumberBeforeThereIsOneIsAnsweredAndTheStoryCloses()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("en-US",
            "hi, I need to report a problem", "it jams every few pages, started about a week ago",
            "nope, that's everything. Make sure you give me a case number when we're done, yeah?");

        Assert.DoesNotContain("Which case shall I look up", transcript);
        Assert.Contains("case number", transcript.Split('\n')[^2], StringComparison.OrdinalIgnoreCase);
        Assert.True(state.Step == Confirming, transcript);
    }

    [Fact]
    public async Task AskingForTheCaseNumberMidQuestionsKeepsThePlace()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("zh-CN",
            "激光打印机一直卡纸，三天了", "就这些", "对", PrinterInWarranty, "没有", "修", "案件号是多少？");

        Assert.DoesNotContain("请发送案件号", transcript);
        Assert.Contains("电话", transcript.Split('\n')[^1]);
        Assert.Equal(Gathering, state.Step);
        Assert.Null(state.CaseNumber);
    }

    [Fact]
    public async Task AnAgeSaidBesideTheStartIsNotTheStart()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("zh-CN",
            "帮我爸问一下，他家燃气热水器接头那里漏水", "估计有三年多了，这周一开始一直漏", "对", GasHeaterExpired, "没有", "修",
            "0571 8612 3456");

        Assert.True(state.Step != Escalated, transcript);
        Assert.True(state.Offers.FirstOrDefault()?.Kind == "PaidRepair", transcript);
    }

    [Fact]
    public async Task StartingAgainKeepsTheComplaintGoing()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("zh-CN",
            "打印机有问题", "LP-2200，用了两年多了，最近老是卡纸", "唉算了，重新来，说得太乱了",
            "LP-2200 激光打印机，这几天一直卡纸", "就这些", "对", PrinterExpired, "没有", "修", "0571 8612 3456");

        Assert.DoesNotContain("随时可以再联系我们", transcript);
        Assert.True(state.Offers.FirstOrDefault()?.Kind == "PaidRepair", transcript);
    }

    [Fact]
    public async Task SpacedChineseIsUnderstood()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("zh-CN",
            "你 好", "我 家 的 激 光 打 印 机 一 直 卡 纸", "没 有 了");

        Assert.Equal(Confirming, state.Step);
        Assert.Contains("PAPER_JAM", state.Symptoms);
        Assert.DoesNotContain(transcript.Split('\n'), line => !line.StartsWith("> ", StringComparison.Ordinal) && line.Contains("我 家", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFinanceSuiteNamedLooselyIsTheProduct()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("en-US",
            "our accounts program says the licence is invalid since this morning", "that's all", "yes", "it's finance 9, single user version");

        Assert.Equal("CW-S9", state.Model);
        Assert.DoesNotContain("I don't recognise that product", transcript);
    }

    [Fact]
    public async Task AWishSaidOnItsOwnWhileTellingIsTheWish()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("zh-CN",
            "激光打印机又卡纸了", "修了三回还是老样子", "退款", "就这些", "对", PrinterInWarranty, "上周", "没有", "0571 8612 3456");

        Assert.Equal("Refund", state.Wants);
        Assert.DoesNotContain("维修", transcript.Split('\n').Where(l => l.StartsWith("> ", StringComparison.Ordinal)).Last());
    }

    [Theory]
    [InlineData("fs9 - 2606 - uncv")]
    [InlineData("FS9 2606 UNCV")]
    public async Task ASerialTypedInGroupsIsFound(string typed)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("en-US",
            "Finance Suite 9 single-user won't open since this morning, licence error", "that's all", "yes", typed);

        Assert.DoesNotContain("doesn't look like", transcript);
        Assert.True(state.Serial is "FS92606UNCV" or "FS9-2606-UNCV", transcript);
        Assert.DoesNotContain("serial", transcript.Split('\n')[^1], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ABareWishWhileTellingReplacesTheWishBefore()
    {
        var (state, _) = await ConversationDriver.PlayAsync("zh-CN",
            "打印机老卡纸，派人来修一下吧", "退款");

        Assert.Equal("Refund", state.Wants);
    }

    /// <summary>Software has no label: once the product is known, the serial question says where its number is.</summary>
    [Theory]
    [InlineData("en-US", "Finance Suite 8 single-user shows a licence error since yesterday", "that's all", "yes", "Help > About")]
    [InlineData("zh-CN", "财务软件8.0单机版从昨天开始提示授权无效", "就这些", "对", "帮助 > 关于")]
    [InlineData("en-US", "our H16 gas water heater leaks since Monday", "that's all", "yes", "under the front cover")]
    public async Task TheSerialQuestionSaysWhereThisProductsNumberIs(string locale, string story, string done, string yes, string where)
    {
        var (_, transcript) = await ConversationDriver.PlayAsync(locale, story, done, yes);

        Assert.Contains(where, transcript.Split('\n')[^1]);
    }

    /// <summary>"算了，我先去忙，一会儿再说" is a pause, not the end: the place is kept and the question stands.</summary>
    [Theory]
    [InlineData("zh-CN", "激光打印机一直卡纸", "算了，我先去忙，过会儿再说", "回来")]
    [InlineData("en-US", "the laser printer keeps jamming", "sorry, have to run into a meeting, I'll come back to this later", "back")]
    public async Task SteppingAwayKeepsThePlace(string locale, string story, string away, string said)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, away);

        Assert.True(state.Step == Confirming, transcript);
        Assert.Contains(said, transcript.Split('\n')[^2]);
        Assert.DoesNotContain("added that", transcript.Split('\n')[^1]);
        Assert.DoesNotContain("也记下了", transcript.Split('\n')[^1]);
    }
}
