using AfterSalesBot.Bot.Conversations.Complaints;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, eighth round (2026-12-03): what a sixth stranger's customers broke, replayed in other words. "修好，还要赔偿"
/// was offered 200 yuan instead of the repair, and a demand for two thousand looped on the same offer; "这个价格我们接受不了"
/// was taken as a yes; a bare "转人工" as the first message opened an empty case, and "算了，我直接跟你说吧" could not take it back;
/// a polite 麻烦您 was met with "I understand why you're angry". Serials from knowledge/demo (rebased to today).
/// </summary>
public sealed class RoundNineConversationTests
{
    private const string PrinterInWarranty = "LP22DF251194"; // LP-2200, sold 322 days ago, no repairs
    private const string HoodExpired = "YT923129591"; // CXW-T9, out of warranty for almost two years

    private static string[] PrinterUpTo(string locale, string wish) => locale == "zh-CN"
        ? ["激光打印机三天前开始一直卡纸，合同都打不出来", "对", PrinterInWarranty, "没有", wish, "0571 8600 3210"]
        : ["the laser printer has been jamming for three days, can't print a single contract", "yes", PrinterInWarranty, "no", wish, "0571 8600 3210"];

    [Theory]
    [InlineData("zh-CN", "修好，另外耽误的工钱你们得赔")]
    [InlineData("en-US", "fix it, and I expect compensation for the lost work")]
    public async Task ARepairWithMoneyOnTopIsOfferedTheRepairFirst(string locale, string wish)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, PrinterUpTo(locale, wish));

        Assert.True(state.Step == AwaitingAgreement, transcript);
        Assert.Equal("FreeRepair", state.Offers[state.OfferIndex].Kind);
        Assert.True(state.CompensationToo, transcript);
        var lastTurn = transcript[transcript.LastIndexOf("> 0571", StringComparison.Ordinal)..];
        Assert.Contains(locale == "zh-CN" ? "关于您提出的赔偿" : "About the compensation you asked for", lastTurn);
    }

    [Theory]
    [InlineData("zh-CN", "修是应该的，耽误的生意你们要赔，至少一千五")]
    [InlineData("en-US", "repairing it is the least you can do, we lost a day of business, we want 1500 yuan for that")]
    public async Task MoneyBeyondTheCapAtTheOfferGoesToAPersonNotRoundAgain(string locale, string demand)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, [.. PrinterUpTo(locale, locale == "zh-CN" ? "维修" : "repair"), demand]);

        Assert.True(state.Step == Escalated, transcript);
        Assert.NotNull(state.CaseNumber);
    }

    [Theory]
    [InlineData("zh-CN", "不赔五万块这事没完", "光修不行，就是要五万")]
    [InlineData("en-US", "unless you pay us 50000 this isn't over", "a repair alone is not enough, 50000 or nothing")]
    public async Task AnOutrageousSumIsDeclinedPolitelyOnceThenAPersonDecides(string locale, string demand, string insist)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        foreach (var line in PrinterUpTo(locale, locale == "zh-CN" ? "维修" : "repair")) await driver.SayAsync(line);
        var first = string.Join("\n", (await driver.SayAsync(demand)).Select(r => r.Text));
        Assert.Equal(AwaitingAgreement, (await driver.StateAsync()).Step);
        Assert.Contains(locale == "zh-CN" ? "超出了我能同意的范围" : "more than I can agree to", first);

        await driver.SayAsync(insist);

        Assert.Equal(Escalated, (await driver.StateAsync()).Step);
    }

    [Theory]
    [InlineData("zh-CN", "不好意思，这个价格我们实在接受不了")]
    [InlineData("zh-CN", "抱歉，付不起这么多")]
    [InlineData("en-US", "sorry, we can't accept that price")]
    [InlineData("en-US", "I'm afraid I can't afford that")]
    public async Task APoliteNoToAPriceIsANo(string locale, string no)
    {
        var zh = locale == "zh-CN";
        var (state, transcript) = await ConversationDriver.PlayAsync(locale,
            zh ? "油烟机吸力越来越小，声音还大" : "the range hood barely sucks any smoke now and it's loud",
            zh ? "对" : "yes", HoodExpired, zh ? "一个月前" : "a month ago", zh ? "没有" : "no", zh ? "修一下" : "repair please",
            "0571 8600 3210", no);

        Assert.True(state.Step != Agreed, transcript);
        Assert.Single(state.Refused);
    }

    [Theory]
    [InlineData("zh-CN", "转人工", "我要人工")]
    [InlineData("en-US", "agent", "I said a person please")]
    public async Task ABarePersonFirstIsAskedWhatItIsAboutThenPassedOnIfAskedAgain(string locale, string person, string again)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        var asked = string.Join("\n", (await driver.SayAsync(person)).Select(r => r.Text));
        var state = await driver.StateAsync();
        Assert.True(state.CaseNumber is null, asked);
        Assert.Contains(locale == "zh-CN" ? "一句话" : "in a sentence", asked);

        await driver.SayAsync(again);

        state = await driver.StateAsync();
        Assert.Equal(Escalated, state.Step);
        Assert.NotNull(state.CaseNumber);
    }

    [Theory]
    [InlineData("zh-CN", "算了算了，人工还得排队，我直接跟你说吧", "网络版财务软件这两天登录特别慢")]
    [InlineData("en-US", "never mind, I'll just tell you", "our finance software network edition has been really slow to log in")]
    public async Task APersonAskedForThenWithdrawnLeavesTheStoryToTheBot(string locale, string withdraw, string story)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, locale == "zh-CN" ? "人工客服" : "can I talk to a human", withdraw, story);

        Assert.True(state.CaseNumber is null, transcript);
        Assert.True(state.Step is Listening or Confirming, transcript);
        Assert.True(state.Symptoms.Contains("SLOW"), transcript);
    }

    [Fact]
    public async Task APoliteOpeningIsNotMetAsAnger()
    {
        var (_, transcript) = await ConversationDriver.PlayAsync("zh-CN", "您好，麻烦您。我们的复印机屏幕上显示故障代码，复印不了");

        Assert.DoesNotContain("生气", transcript);
    }

    /// <summary>"Probably out of warranty anyway, but worth asking" is a remark: no article dump, the check is ahead.</summary>
    [Theory]
    [InlineData("en-US", "my laser printer prints streaky pages since a week ago", "probably out of warranty anyway, had it for ages, worth a try though", "serial number")]
    [InlineData("zh-CN", "打印机一个星期前开始打出来有条纹", "估计早就过了保修了，试试看吧", "机身号码")]
    public async Task AWarrantyRemarkIsNotAnsweredWithAnArticle(string locale, string story, string remark, string serial)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(story);
        var replies = string.Join("\n", (await driver.SayAsync(remark)).Select(r => r.Text));

        Assert.Contains(serial, replies);
        Assert.DoesNotContain("KB-", replies);
    }
}
