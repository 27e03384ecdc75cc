using AfterSalesBot.Bot.Conversations.Complaints;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, fifth round (2026-12-03): what the round-4/5 misses left, in other words here. A consumable named only as
/// background ("original toner", a ribbon changed last week) made the machine's fault a consumable; "new toner for
/// free" looped at the wish; 给个说法 was read as "an apology will do" and cost a repeat failure its replacement; a
/// haggle over a paid repair was answered with an article, forever; "yes" to the circumstances question without saying
/// which was taken as no; an order number read off the receipt was refused for the serial format; "are you a bot?" was
/// taken as venting and "算了，先说说…" as a cancel. Serials from knowledge/demo (rebased to today).
/// </summary>
public sealed class RoundSixConversationTests
{
    private const string CopierInContract = "DC30202511389"; // DC-3020, in its contract year, no repairs
    private const string PrinterInContract = "LP22QF260859"; // LP-2200, sold 9 days ago
    private const string StoveRepairedTwice = "JQ526062448"; // JZT-Q5, NO_IGNITION repaired twice in warranty
    private const string DotMatrixExpired = "ZD630K240866"; // ZD-630K, out of its contract for a year
    private const string HeaterOrder = "HS-869121"; // DSZ-E60 DE60K251124, in warranty

    public static TheoryData<ConversationScript> Scripts => new()
    {
        new("toner that ran out is the consumable, and 'new toner for free' is the wish for it (en)", "en-US",
        [
            new("hi, the copier says toner empty and the copies are nearly blank", "Is that correct?", Confirming),
            new("yes", "serial number", Gathering),
            new(CopierInContract, "When did the problem start", Gathering),
            new("today", "What would you like us to do", Gathering),
            new("new toner for free", "phone number", Gathering),
            new("0571 8600 3210", "not covered", AwaitingAgreement),
        ]),
        new("a haggle over a paid repair is answered once, then a supervisor decides (zh)", "zh-CN",
        [
            new("针式打印机不走纸", "对吗", Confirming), // 不走纸 is a paper-feed fault since round 22: product and problem known, restated at once
            new("没别的了", "对吗", Confirming),
            new("对", "机身号码", Gathering),
            new(DotMatrixExpired, "什么时候开始", Gathering),
            new("大前天", "工本费", Gathering),
            new("没有", "怎么处理", Gathering),
            new("修", "电话", Gathering),
            new("0574 8765 2233", "您看可以吗", AwaitingAgreement),
            new("这么贵？能便宜点吗", "统一价格", AwaitingAgreement),
            new("还是太贵了，能不能打个折", "主管", Escalated),
        ]),
        new("after one haggle the customer accepts the price (en)", "en-US",
        [
            // "won't feed" is a paper jam (round 18): product and problem in the first message, restated at once.
            new("my dot matrix printer won't feed paper", "Is that correct?", Confirming),
            new("yes", "serial number", Gathering),
            new(DotMatrixExpired, "When did the problem start", Gathering),
            new("3 days ago", "cost fee", Gathering),
            new("no", "What would you like", Gathering),
            new("repair", "phone", Gathering),
            new("0574 8765 2233", "Would you like that?", AwaitingAgreement),
            new("how much will that cost all in?", "You would pay", AwaitingAgreement),
            new("that's too expensive, any discount?", "fee schedule", AwaitingAgreement),
            new("ok fine, go ahead", "AS-", Agreed),
        ]),
        new("yes to the circumstances without saying which is asked once which (en)", "en-US",
        [
            new("my E60 water heater leaks from the bottom", "Is that correct?", Confirming),
            new("yes", "serial number", Gathering),
            new(HeaterOrder, "When did the problem start", Gathering),
            new("a week ago", "cost fee", Gathering),
            new("yes", "Which one was it", Gathering),
            new("my brother-in-law tightened the pipe joint", "What would you like", Gathering),
        ]),
        new("yes to the circumstances without saying which is asked once which (zh)", "zh-CN",
        [
            new("E60热水器底下漏水", "对吗", Confirming),
            new("对", "机身号码", Gathering),
            new(HeaterOrder, "什么时候开始", Gathering),
            new("一周前", "工本费", Gathering),
            new("有的", "具体是哪一种", Gathering),
            new("不小心摔过一次", "怎么处理", Gathering),
        ]),
        new("the order number read off the receipt is a purchase (en)", "en-US",
        [
            new("the electric water heater in our bathroom is leaking from underneath", "Is that correct?", Confirming),
            new("yep", "serial number", Gathering),
            new("no idea where that is, the box got thrown away", "order or invoice number", Gathering),
            new("ok", "take your time", Gathering),
            new("ok", "serial number", Gathering),
            new("the order number on my receipt is HS-869121", "When did the problem start", Gathering),
        ]),
        new("a licence found under the Help menu is the answer, not a call for help (zh)", "zh-CN",
        [
            new("财务软件备份恢复不了，一恢复就报错，是8.0单机版", "对吗", Confirming),
            new("是的", "机身号码", Gathering),
            new("在帮助>关于里找到了，FS8-2511-MZKJ", "什么时候开始", Gathering),
        ]),
        new("a long no that denies each thing it names denies them all (en)", "en-US",
        [
            new("the dot matrix ZD-630K invoice printer is completely dead, no lights at all", "Is that correct?", Confirming),
            new("yes exactly", "serial number", Gathering),
            new("ZD630K260195", "When did the problem start", Gathering),
            new("early last month", "cost fee", Gathering),
            new("no - voltage is fine, it's on a UPS, never dropped, nobody opened it", "What would you like", Gathering),
            new("repair", "phone", Gathering),
            new("0571 6488 2200", "covered", AwaitingAgreement),
        ]),
        new("'are you a bot?' gets an honest answer, and 'never mind, first tell me' goes on (zh)", "zh-CN",
        [
            new("你是机器人吗？", "自动助手", Idle),
            new("算了，先说说你们能怎么处理？", "", Idle),
            new("我们财务软件的报表又不对了，利润表和总账对不上", "", Confirming),
        ]),
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task RoundSixWordingEndsInTheRightPlace(ConversationScript script)
    {
        await using var driver = await ConversationDriver.StartAsync(script.Locale);
        await script.PlayAsync(driver);
    }

    [Fact]
    public async Task ToonerAskedForAtTheWishIsTheConsumablePartAtItsPrice()
    {
        await using var driver = await ConversationDriver.StartAsync("en-US");
        foreach (var line in new[] { "copier says toner empty", "yes", CopierInContract, "today", "new toner for free", "0571 8600 3210" })
            await driver.SayAsync(line);
        var state = await driver.StateAsync();
        Assert.Equal(("NotCovered", "TONER"), (state.Verdict, state.PartCode));
        Assert.Equal("PartReplacement", state.Offers[0].Kind);
    }

    /// <summary>The machine's fault with the consumable named only as background is the machine's: covered, repaired free.</summary>
    [Theory]
    [InlineData("en-US", "the laser printer prints grey streaks down every page", "no. brand new toner that came in the box")]
    [InlineData("zh-CN", "激光打印机打出来有灰色竖条", "没有，墨粉是你们送的原装的")]
    public async Task AConsumableNamedAsBackgroundLeavesTheMachinesFaultCovered(string locale, string story, string circumstances)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        var zh = locale == "zh-CN";
        var transcript = new List<string?>();
        foreach (var line in zh ? new[] { story, "对", PrinterInContract, "周一开始的", circumstances, "上门修一下", "0571 8890 1234" }
                                : [story, "yes", PrinterInContract, "since Monday", circumstances, "send someone to fix it", "0571 8890 1234"])
            transcript.AddRange((await driver.SayAsync(line)).Select(r => r.Text));
        var state = await driver.StateAsync();
        Assert.Null(state.PartCode);
        Assert.True(state.Verdict == "Covered", string.Join("\n", transcript));
    }

    /// <summary>A licence corrected at the offer is decided again: the right unit's repeat failure gets its refund offered.</summary>
    [Fact]
    public async Task ASerialCorrectedAtTheOfferIsDecidedAgainAndTheNewRemedyOffered()
    {
        await using var driver = await ConversationDriver.StartAsync("zh-CN");
        foreach (var line in new[] { "财务软件出的报表数字又不对了 资产负债表对不上 已经修过两回了", "授权号 FS8-2603-LGYF 不想用了 把钱退给我们", "对",
                     "这个月结账的时候", "退钱", "0571-8523 6671" })
            await driver.SayAsync(line);
        Assert.Equal(AwaitingAgreement, (await driver.StateAsync()).Step);
        await driver.SayAsync("等一下 刚才那个授权号是另外一台电脑的 出问题的这台是 FS8-2605-QREW");
        var state = await driver.StateAsync();
        Assert.Equal(AwaitingAgreement, state.Step);
        Assert.Equal("FS8-2605-QREW", state.Serial);
        Assert.Equal("Refund", state.Offers[state.OfferIndex].Kind);
    }

    /// <summary>A start date moved back into the warranty at the offer, said with a remark about the warranty, is a
    /// correction, not a question: the expired unit whose fault began in warranty goes to a person.</summary>
    [Fact]
    public async Task AStartDateCorrectedIntoTheWarrantyAtTheOfferGoesToReview()
    {
        await using var driver = await ConversationDriver.StartAsync("en-US");
        foreach (var line in new[] { "Our T9 extractor hood has started whining really loudly", "serial YT925093079. it started last week", "that's all", "yes",
                     "no, nobody has touched it", "get it fixed", "136 2290 7714" })
            await driver.SayAsync(line);
        Assert.Equal(("NotCovered", AwaitingAgreement), ((await driver.StateAsync()).Verdict, (await driver.StateAsync()).Step));
        await driver.SayAsync("hold on. the whining actually started about five months ago, quietly, it only got really loud last week. so it started while it was still under warranty");
        var state = await driver.StateAsync();
        Assert.Equal(("NeedsReview", Escalated), (state.Verdict, state.Step));
    }

    /// <summary>给个说法 demands the policy's answer: a repeat failure's replacement, not an apology.</summary>
    [Fact]
    public async Task GiveMeAProperAnswerGetsTheRepeatFailuresReplacement()
    {
        await using var driver = await ConversationDriver.StartAsync("zh-CN");
        foreach (var line in new[] { "点不着火，你们的师傅八月来修过，十月又来修了一次，现在又点不着了！", "没别的了", "对", StoveRepairedTwice, "大前天",
                     "没有，只有你们的师傅修过", "给个说法", "13588123456" })
            await driver.SayAsync(line);
        var state = await driver.StateAsync();
        Assert.Equal(AwaitingAgreement, state.Step);
        Assert.Equal("Replacement", state.Offers[state.OfferIndex].Kind);
    }
}
