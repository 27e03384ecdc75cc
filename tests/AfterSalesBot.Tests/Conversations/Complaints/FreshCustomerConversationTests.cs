using AfterSalesBot.Escalation.Cases;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, second round: what the fresh bench scenarios (bench/AfterSalesBot.ConversationBench/Scenarios/fresh) found,
/// replayed in new wording through the real pipeline. A closing 没了 that was not heard, a serial refused because the
/// customer named the kind of product rather than the model, a decline ("too expensive") sent to the queue, the same
/// unknown serial asked for again and again. Serials from knowledge/demo (rebased to today).
/// </summary>
public sealed class FreshCustomerConversationTests
{
    private const string ElectricHeater = "DE60Q260266"; // E60, sold 224 days ago, LEAK repaired once by us
    private const string GlassStove = "JQ726093781";     // Q7, sold 63 days ago, NO_IGNITION repaired once by us
    private const string Expired = "YT925119853";        // T9 hood, warranty ended yesterday
    private const string NotOnRecord = "YT926019999";    // T9 format, no purchase

    public static TheoryData<ConversationScript> Scripts => new()
    {
        new("没了 closes the story (zh)", "zh-CN",
        [
            new("新买的复印机有问题", "认真听", Listening),
            new("没了", "对吗", Confirming),
        ]),
        new("nope, that's everything closes the story (en)", "en-US",
        [
            new("something is wrong with the thing I bought", "listening", Listening),
            new("nope, that's everything", "Is that correct?", Confirming),
        ]),
        new("a serial of the same line wins over the kind of product named (en)", "en-US",
        [
            new("water heater is dripping from the bottom again", "Is that correct?", Confirming),
            new("yes", "serial number", Gathering),
            new(ElectricHeater, "E60", Gathering),
        ]),
        new("a serial of the same line wins over a misremembered model (zh)", "zh-CN",
        [
            new("Q5燃气灶又打不着火了", "对吗", Confirming),
            new("对", "机身号码", Gathering),
            new(GlassStove, "Q7", Gathering),
        ]),
        new("a decline of the last offer is offered a person, and no leaves it there (en)", "en-US",
        [
            new("my range hood is really noisy", "Is that correct?", Confirming),
            new("yes", "serial number", Gathering),
            new(Expired, "When did the problem start", Gathering),
            new("today", "repaired by anyone other than", Gathering),
            new("no", "What would you like us to do", Gathering),
            new("how much would it cost to fix?", "phone number", Gathering),
            new("13912345678", "cost to you", AwaitingAgreement),
            new("nah that's too much, I'll just buy a new one", "Would you like a colleague", AwaitingAgreement),
            new("no thanks", "stopped here", Abandoned),
        ]),
        new("a decline of the last offer is offered a person, and no leaves it there (zh)", "zh-CN",
        [
            new("我家的烟机噪音特别大", "对吗", Confirming),
            new("对", "机身号码", Gathering),
            new(Expired, "什么时候开始", Gathering),
            new("今天", "修理过", Gathering),
            new("没有", "怎么处理", Gathering),
            new("来修一下", "电话号码", Gathering),
            new("13912345678", "您需要支付", AwaitingAgreement),
            new("太贵了，不修了", "需要转给人工客服吗", AwaitingAgreement),
            new("不用", "先到这里", Abandoned),
        ]),
        new("after a decline, yes to a person hands it over (en)", "en-US",
        [
            new("my range hood is really noisy", "Is that correct?", Confirming),
            new("yes", "serial number", Gathering),
            new(Expired, "When did the problem start", Gathering),
            new("today", "repaired by anyone other than", Gathering),
            new("no", "What would you like us to do", Gathering),
            new("repair", "phone number", Gathering),
            new("13912345678", "cost to you", AwaitingAgreement),
            new("too expensive, forget it", "Would you like a colleague", AwaitingAgreement),
            new("yes please", "passed this to a colleague", Escalated),
        ]),
        new("the same unknown serial twice goes to a colleague (en)", "en-US",
        [
            new("my range hood barely sucks anything anymore", "Is that correct?", Confirming),
            new("yes", "serial number", Gathering),
            new(NotOnRecord, "cannot find a purchase", Gathering),
            new(NotOnRecord, "passed this to a colleague", Escalated),
        ]),
        new("the same unknown serial twice goes to a colleague (zh)", "zh-CN",
        [
            new("油烟机吸力很小", "对吗", Confirming),
            new("对", "机身号码", Gathering),
            new(NotOnRecord, "未找到", Gathering),
            new(NotOnRecord, "转交同事处理", Escalated),
        ]),
        new("a product name several models share answers the product question (zh)", "zh-CN",
        [
            new("报表数据又不对了", "认真听", Listening),
            new("没了", "对吗", Confirming),
            new("对", "哪一款产品", Gathering),
            new("财务软件", "机身号码", Gathering),
        ]),
        new("our engineer opening it is not the customer opening it (en)", "en-US",
        [
            new("Your engineer came out in October to fix my glass stove and now it won't light again.", "Is that correct?", Confirming),
            new("yes", "serial number", Gathering),
            new(GlassStove, "When did the problem start", Gathering),
            new("since Monday evening", "repaired by anyone other than", Gathering),
            new("No. The only person who ever opened it is YOUR engineer.", "phone number", Gathering), // "to fix" was the wish
            new("13912345678", "Good news: this is covered", AwaitingAgreement),
        ]),
        new("scorn at an offer is a refusal, not a question for the articles (zh)", "zh-CN",
        [
            new("我家的烟机噪音特别大", "对吗", Confirming),
            new("对", "机身号码", Gathering),
            new(Expired, "什么时候开始", Gathering),
            new("今天", "修理过", Gathering),
            new("没有", "怎么处理", Gathering),
            new("来修一下", "电话号码", Gathering),
            new("13912345678", "您需要支付", AwaitingAgreement),
            new("110块？打发叫花子呢", "转交同事处理", Escalated),
        ]),
        new("more words at the restatement are acknowledged, not the same apology again (en)", "en-US",
        [
            new("water heater is dripping from the bottom again", "I'm very sorry", Confirming),
            new("there's a bucket under it now", "I've added that", Confirming),
        ]),
        new("more words at the restatement are acknowledged, not the same apology again (zh)", "zh-CN",
        [
            new("Q5燃气灶打不着火", "深表歉意", Confirming),
            new("家里今天还来客人", "我也记下了", Confirming),
        ]),
        new("a price question before the warranty is checked is answered honestly (zh)", "zh-CN",
        [
            new("热水器点不着火", "对吗", Confirming),
            new("先问问修要多少钱", "费用要看保修情况", Confirming),
        ]),
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task FreshWordingEndsInTheRightPlace(ConversationScript script)
    {
        await using var driver = await ConversationDriver.StartAsync(script.Locale);
        await script.PlayAsync(driver);
    }

    [Theory]
    [InlineData("en-US", "hi, there's a weird rotten egg smell near the water heater whenever it's running")]
    [InlineData("en-US", "every time I touch the hot tap in the shower I get a little zap")]
    [InlineData("zh-CN", "热水器旁边有股臭鸡蛋味")]
    [InlineData("en-US", "the heater tripped the breaker and now there's a smell of burning plastic near the plug")]
    [InlineData("zh-CN", "打印机后面有股烧焦的味道")]
    public async Task HazardsInEverydayWordsOpenASafetyCase(string locale, string text)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(text);
        var state = await driver.StateAsync();
        Assert.Equal(Escalated, state.Step);
        Assert.NotNull(state.CaseNumber);
        Assert.Null(state.Verdict);
    }

    [Theory]
    [InlineData("en-US", "the hood barely sucks anything anymore, kitchen fills with smoke", "WEAK_SUCTION")]
    [InlineData("zh-CN", "报表数据又不对了", "REPORT_WRONG")]
    [InlineData("zh-CN", "新买的彩色复印机复印出来全是黑道", "PRINT_QUALITY")]
    [InlineData("zh-CN", "热水器出热水很慢，水温也不够", "NO_HOT_WATER")]
    [InlineData("zh-CN", "油烟机不转了", "WEAK_SUCTION")]
    public async Task SymptomsInCustomersWordsAreKept(string locale, string text, string symptom)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(text);
        var symptoms = (await driver.StateAsync()).Symptoms;
        Assert.Contains(symptom, symptoms);
        Assert.DoesNotContain("SLOW", symptoms);
    }

    [Theory]
    [InlineData("en-US", "printer keeps jamming, I already put in a new toner cartridge, didn't help at all", "PAPER_JAM")]
    [InlineData("en-US", "the copier prints grey streaks again. it's not the toner. The cartridge is a new one, bought last week", "PRINT_QUALITY")]
    [InlineData("zh-CN", "复印机又出黑道了，墨粉是新换的", "PRINT_QUALITY")]
    [InlineData("en-US", "Our LP-2200 prints a faint grey band down the left side of every page. New toner didn't change anything.", "PRINT_QUALITY")]
    [InlineData("zh-CN", "打印机每张纸左边都有一道灰印子，换个墨粉也没用", "PRINT_QUALITY")]
    public async Task ANewConsumableAlreadyTriedIsNotTheComplaint(string locale, string text, string symptom)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(text);
        var state = await driver.StateAsync();
        Assert.Null(state.PartCode);
        Assert.Contains(symptom, state.Symptoms);
    }

    [Theory]
    [InlineData("en-US", "No way am I paying for that.", CasePriority.Normal)]
    [InlineData("zh-CN", "又要收费？不要", CasePriority.Normal)]
    public async Task TheOnlyOfferRefusedOnceIsNotUrgent(string locale, string refusal, CasePriority expected)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        var zh = locale.StartsWith("zh", StringComparison.Ordinal);
        foreach (var text in zh ? new[] { "我家的烟机噪音特别大", "对", Expired, "今天", "没有", "来修一下", "13912345678" }
                                : new[] { "my range hood is really noisy", "yes", Expired, "today", "no", "repair it", "13912345678" })
            await driver.SayAsync(text);
        Assert.Equal(AwaitingAgreement, (await driver.StateAsync()).Step);
        await driver.SayAsync(refusal);
        var state = await driver.StateAsync();
        Assert.Equal(Escalated, state.Step);
        var opened = await driver.Get<ICaseDesk>().FindAsync(state.CaseNumber!, CancellationToken.None);
        Assert.Equal(expected, opened!.Priority);
    }

    [Theory]
    [InlineData("en-US", "finance suite 9 super slow when posting vouchers. single user version, licence FS9-2606-UNCV")]
    [InlineData("zh-CN", "财务软件过账特别慢，授权号FS9-2606-UNCV")]
    public async Task TheLicenceNumberIsNotALicenceFault(string locale, string text)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(text);
        var symptoms = (await driver.StateAsync()).Symptoms;
        Assert.Equal(["SLOW"], symptoms);
    }

    [Fact]
    public async Task ADeliveryDayJustBeforeTheInvoiceIsTheSaleNotAnOlderFault()
    {
        // Sunday 22 November 2026 in Shanghai; RH1626100185 was invoiced on Sunday 15 November, delivered the day before.
        await using var driver = await ConversationDriver.StartAsync("en-US", new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero));
        foreach (var text in new[] { "My water heater gives no hot water since 2026-11-14, the day it arrived", "that's all", "yes", "RH1626100185", "no, never", "repair it please" })
            await driver.SayAsync(text);
        var replies = string.Join("\n", (await driver.SayAsync("13812345678")).Select(r => r.Text));
        Assert.DoesNotContain("before the sale", replies, StringComparison.Ordinal);
        Assert.Equal("Covered", (await driver.StateAsync()).Verdict);
    }

    [Theory]
    [InlineData("en-US", "the only one who has opened it is your technician")]
    [InlineData("zh-CN", "你们师傅上次来拆开修过一次")]
    public async Task OpenedByOurPeopleIsNoExclusion(string locale, string text)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(text);
        var state = await driver.StateAsync();
        Assert.DoesNotContain("DISASSEMBLY", state.SuspectedCauses);
        Assert.False(state.Causes.GetValueOrDefault("DISASSEMBLY"));
    }

    [Fact]
    public async Task OurOwnFixesAreNotAModification()
    {
        await using var driver = await ConversationDriver.StartAsync("zh-CN");
        await driver.SayAsync("报表数据又不对了！你们已经改过两次了，还是错的");
        Assert.DoesNotContain("MODIFICATION", (await driver.StateAsync()).SuspectedCauses);
    }
}
