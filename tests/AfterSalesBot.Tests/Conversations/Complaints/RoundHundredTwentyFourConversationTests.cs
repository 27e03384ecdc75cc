using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;
using static AfterSalesBot.Tests.Conversations.Complaints.ScriptedCustomer;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, thirty-fourth round (2026-12-07): what the round-124–131 strangers' customers broke, replayed in whole
/// conversations in other words.
/// </summary>
public sealed class RoundHundredTwentyFourConversationTests
{
    private const string Hob = "JQ526067582"; // Q5 hob, sold 58 days ago, never repaired
    private const string ExpiredHob = "JQ525057961"; // Q5 hob, warranty ended 2026-05-31
    private const string Hood = "YT926028831"; // T9 hood, sold 212 days ago
    private const string Heater = "RH1626071138"; // H16 gas water heater, sold 75 days ago
    private const string ColourCopier = "DC45252606641"; // DC-4525, sold 110 days ago
    private const string Copier = "DC30202608455"; // DC-3020, sold 48 days ago

    /// <summary>Damage the household caused, owned up to at the plain question (a ball kicked into it, a dog that bit through the
    /// cable): the cost fee applies and a paid repair is offered (before: a free repair).</summary>
    [Theory]
    [InlineData("en-GB", "the range hood is completely dead, no lights at all", "T9", Hood, "the dog chewed through the power cord, nothing else")]
    [InlineData("zh-CN", "油烟机一点反应都没有了", "T9", Hood, "电源线被家里的狗咬断了，其他没有")]
    [InlineData("zh-CN", "燃气热水器的外壳裂了一条缝", "H16", Heater, "是我侄子踢球踢上去的，别的没有")]
    public async Task DamageTheHouseholdCausedCostsAFee(string locale, string story, string product, string serial, string owned)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale, [story],
            Answers(locale, product, serial, Zh(locale) ? "修好" : "repair it", owned));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Verdict == "CoveredWithFee" && state.Offers[state.OfferIndex].Kind == "PaidRepair", transcript);
    }

    /// <summary>Water knocked over onto the hob, owned up to but said to have come after the fault: the cause is disputed and a
    /// colleague decides (before: neither the water nor the dispute was read, and a free repair was offered).</summary>
    [Theory]
    [InlineData("en-GB", "the kids knocked a pan of water over the hob, but the burner wouldn't light before that, it has nothing to do with it")]
    [InlineData("zh-CN", "孩子把一锅水碰翻了浇在灶上，不过点不着火是在那之前就有的，跟这个没关系")]
    public async Task WaterAfterTheFaultIsReviewed(string locale, string owned)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale,
            [Zh(locale) ? "燃气灶左边点不着火" : "the left burner on our hob won't light"],
            Answers(locale, "Q5", Hob, Zh(locale) ? "修好" : "repair it", owned));
        await using var _ = driver;
        Assert.True((await driver.StateAsync()).Verdict == "NeedsReview", transcript);
    }

    /// <summary>A free consumable asked for beside the fault ("could the engineer bring a toner along for free?"): answered, and
    /// the fault is still the one decided (before: the toner became the problem and was sold instead of repairing the jams).</summary>
    [Theory]
    [InlineData("en-GB", "our colour copier jams whenever it feeds from the second tray", "oh and the cyan toner is nearly gone, could your engineer bring a new one along for free?")]
    [InlineData("zh-CN", "彩色复印机从第二个纸盒进纸就卡纸", "对了青色墨粉快没了，师傅来的时候能顺便免费带一个吗")]
    public async Task AFreeConsumableAskedBesideAFaultIsNoFault(string locale, string story, string extra)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale, [story, extra],
            Answers(locale, "DC-4525", ColourCopier, Zh(locale) ? "修好卡纸" : "fix the jams"));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Verdict == "Covered" && state.Offers[state.OfferIndex].Kind == "FreeRepair", transcript);
    }

    /// <summary>A new drum wished for, after the customer wiped the drum: the drum is a consumable, sold at its price (before: a
    /// free repair offered, and the customer's "I'll pay" sent it to a colleague).</summary>
    [Fact]
    public async Task ANewDrumWishedForIsTheConsumable()
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync("zh-CN",
            ["复印出来有一道道黑线", "前几天我把感光鼓拿出来用酒精擦过，擦完就这样了", "没了"],
            Answers("zh-CN", "DC-3020", Copier, "给我换个新鼓吧"));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Verdict == "NotCovered" && state.Offers[state.OfferIndex].Kind == "PartReplacement", transcript);
    }

    /// <summary>A smell the customer cannot place, then said not to be gas: no emergency (before: the gas emergency advice and a
    /// safety case for a musty smell).</summary>
    [Fact]
    public async Task ASmellSaidNotToBeGasIsNoEmergency()
    {
        await using var driver = await ConversationDriver.StartAsync("zh-CN");
        await driver.SayAsync("热水器那边有股怪味，说不清是什么味");
        var replies = string.Join("\n", (await driver.SayAsync("不是煤气那种臭鸡蛋味，更像是发霉的味道")).Select(r => r.Text));
        var state = await driver.StateAsync();
        Assert.True(state.Step != Escalated, replies);
        Assert.DoesNotContain("关闭燃气阀门", replies);
    }

    /// <summary>The wish with a person "afterwards" (修好 然后再找人工问问) after a person was promised: the wish is kept and the
    /// warranty answer and the offer come first (before: handed over at once with no verdict).</summary>
    [Theory]
    [InlineData("en-GB", "can a real person tell me who pays for this, me or my landlord?", "repair it, and after that I'd like to talk to someone")]
    [InlineData("zh-CN", "能不能让人工跟我说一下到底谁出钱", "修好 然后再找人工问问")]
    public async Task TheWishWithAPersonAfterwardsIsKept(string locale, string person, string wish)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale,
            [Zh(locale) ? "我租的房子，燃气热水器底下一直在滴水" : "I'm renting and the gas water heater keeps dripping underneath", person],
            Answers(locale, "H16", Heater, wish));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Step == AwaitingAgreement && state.Verdict == "Covered" && state.Wants == "Repair", transcript);
    }

    /// <summary>"修好，该多少钱我出" at the wish question: the wish, taken (before: answered as a price question and asked again).</summary>
    [Fact]
    public async Task PayingWhateverItCostsAnswersTheWish()
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync("zh-CN", ["燃气灶左边点不着火"], Answers("zh-CN", "Q5", Hob, "修好，该多少钱我出"));
        await using var _ = driver;
        Assert.DoesNotContain("您希望我们怎么处理：维修、换货、退货，还是其他？\n" + "费用要看保修情况", transcript);
        Assert.Equal(1, transcript.Split("您希望我们怎么处理").Length - 1);
        Assert.Equal(AwaitingAgreement, (await driver.StateAsync()).Step);
    }

    /// <summary>A resigned yes to a paid repair (知道了，收费就收吧): agreed (before: "not sure you agree" three times, then a person).</summary>
    [Fact]
    public async Task AResignedYesToAPaidRepairIsAgreement()
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync("zh-CN", ["燃气灶左边点不着火"], Answers("zh-CN", "Q5", ExpiredHob, "修"));
        await using var _ = driver;
        Assert.Equal(AwaitingAgreement, (await driver.StateAsync()).Step);
        await driver.SayAsync("知道了，收费就收吧");
        Assert.True((await driver.StateAsync()).Step == Agreed, transcript);
    }

    /// <summary>The wish with a person again ("repair, and speak to someone", 修好，转个人工) after a person was promised: the answer is
    /// kept and the warranty answer and the offer come first, with the person recalled (hold-out r130-en-015: handed over at once
    /// with no verdict).</summary>
    [Theory]
    [InlineData("en-GB", "I want to talk to a real person about this", "repair, and put me through to someone")]
    [InlineData("zh-CN", "我想跟真人说", "修好，我要找人工")]
    public async Task TheWishWithThePersonAgainIsKept(string locale, string person, string wish)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale,
            [Zh(locale) ? "燃气热水器底下一直在滴水" : "the gas water heater keeps dripping underneath", person],
            Answers(locale, "H16", Heater, wish));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Step == AwaitingAgreement && state.Verdict == "Covered" && state.Wants == "Repair", transcript);
    }

    /// <summary>"帮我查一下" (look into it for me) at the wish question leaves the remedy to us; it is no hearsay to check (regression
    /// r112-zh-020, from round 117's hearsay check: the wish asked again for ever, a dead end).</summary>
    [Fact]
    public async Task LookIntoItForMeAtTheWishQuestionLeavesItToUs()
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync("zh-CN", ["财务软件出报表的时候提示数据不平衡"],
            Answers("zh-CN", "财务软件", "FS9-2606-UNCV", "帮我查一下"));
        await using var _ = driver;
        Assert.True((await driver.StateAsync()).Step == AwaitingAgreement, transcript);
        Assert.DoesNotContain("而不是听谁说的", transcript);
    }
}
