using static AfterSalesBot.Tests.Conversations.Complaints.ScriptedCustomer;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, thirty-fifth round (2026-12-07): whose fault the loss is decides whether the money or the fix comes first
/// (ADR 0071), and what the round-132–139 strangers' customers broke, replayed in whole conversations in other words.
/// </summary>
public sealed class RoundHundredThirtyTwoConversationTests
{
    private const string Hob = "JQ526067582"; // Q5 hob, sold 58 days ago, never repaired
    private const string Heater = "RH1626071138"; // H16 gas water heater, sold 75 days ago
    private const string Accounts = "FS9-2606-UNCV"; // Finance Suite 9, in its service year

    /// <summary>Money wished for and nothing else beside a fault ("I want 3000 for the trouble"): the money is the wish, so the
    /// goodwill the bot may give comes first (docs/coverage-rules.md: the customer's wish first). Before: a free repair the
    /// customer never asked for, and the money answered as "not mine to grant".</summary>
    [Theory]
    [InlineData("en-GB", "the hob won't light at all and my whole family ended up without dinner", "I want 3000 yuan for the trouble")]
    [InlineData("zh-CN", "燃气灶完全打不着火，一家人晚饭都没吃成", "赔我三千块")]
    public async Task MoneyWishedAloneIsOfferedFirst(string locale, string story, string wish)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale, [story], Answers(locale, "Q5", Hob, wish));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Verdict == "Covered" && state.Offers[0].Kind == "Goodwill", transcript);
    }

    /// <summary>Money for our own failure (an engineer booked twice who never came), asked beside the fix: the company is at
    /// fault (DOMAIN.md §5), so the goodwill comes first, and taking it keeps the repair (the agreement names the visit).
    /// Before: the free repair first, and the money passed to a colleague.</summary>
    [Theory]
    [InlineData("en-GB", "the water heater only gives cold water. your engineer was booked twice and never turned up, I took a day off for nothing",
        "80 yuan for my lost day, and send someone to fix it properly", "fine, do that", "technician")]
    [InlineData("zh-CN", "热水器不出热水了，约了两次师傅都没上门，我白请了一天假",
        "先赔我80块误工费，然后赶紧派人来修", "行，就这样", "维修人员")]
    public async Task MoneyForOurMissedVisitsComesFirstAndKeepsTheRepair(string locale, string story, string wish, string yes, string visit)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale, [story], Answers(locale, "H16", Heater, wish));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Verdict == "Covered" && state.Offers[0].Kind == "Goodwill", transcript);
        var agreed = string.Join("\n", (await driver.SayAsync(yes)).Select(r => r.Text));
        Assert.True(agreed.Contains(visit, StringComparison.Ordinal) && (await driver.StateAsync()).GoodwillAdded == 80m, transcript + "\n" + agreed);
    }

    /// <summary>Money for a loss the fault caused, asked beside the fix in one line with a space between (赔罚款 把软件弄好): the fix
    /// first, and a sum within the goodwill cap granted beside it (before: the money alone was read, and then "not something I
    /// can grant myself" for a sum the bot may give).</summary>
    [Theory]
    [InlineData("zh-CN", "财务软件出的利润表数字不对，按它报税被罚了150块", "罚的150块赔给我 把软件弄好", "财务软件9.0", "在我可以直接为您办理的范围内")]
    [InlineData("en-GB", "the finance software's profit report has wrong totals, we filed with it and got a 150 yuan fine", "fix the software and pay the 150 fine", "Finance Suite 9", "within what I can grant myself")]
    public async Task MoneyForALossBesideTheFixComesAfterTheFix(string locale, string story, string wish, string product, string granted)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale, [story], Answers(locale, product, Accounts, wish));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Offers[0].Kind == "RemoteSupport", transcript);
        Assert.True(transcript.Contains(granted, StringComparison.Ordinal) && state.GoodwillAdded == 150m, transcript);
    }

    /// <summary>An earlier call that was never returned, told after asking for a person: never restated as an empty quote
    /// (before: 您说：“”).</summary>
    [Theory]
    [InlineData("zh-CN", "你们客服到底有没有人管？", "上周打过你们400电话，说好两天内回电，到现在一个电话都没有")]
    [InlineData("en-GB", "is there actually anyone there?", "I rang your hotline last week, they said someone would call back within two days and nobody did")]
    public async Task AnUnansweredCallIsNeverAnEmptyQuote(string locale, string first, string second)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(first);
        var replies = string.Join("\n", (await driver.SayAsync(second)).Select(r => r.Text));
        Assert.False(replies.Contains("“”", StringComparison.Ordinal) || replies.Contains("\"\"", StringComparison.Ordinal), replies);
    }

    /// <summary>A spill owned up to as a noun at the plain question, said to have come after the jams began: the cause is disputed
    /// and a colleague decides (before: the answer was not read, asked twice, and a free repair offered).</summary>
    [Fact]
    public async Task ASpillAfterTheFaultBeganIsReviewed()
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync("en-GB",
            ["our office printer has been jamming for a couple of weeks", "then a few days ago someone knocked a coffee over it, but the jams were there long before"],
            Answers("en-GB", "DC-3020", "DC30202608455", "fix it", "the coffee spill was a few days ago, after the jamming had started"));
        await using var _ = driver;
        Assert.True((await driver.StateAsync()).Verdict == "NeedsReview", transcript);
    }

    /// <summary>The insurer wants a letter from us: answered from the knowledge store (the technician's service report, asked for
    /// with the case number), and the complaint goes on (before: the consumables article).</summary>
    [Theory]
    [InlineData("en-GB", "our LP-2200 keeps jamming", "my home insurer needs a letter from you saying it's a manufacturing fault, can you write that to them?", "service report")]
    [InlineData("zh-CN", "我们的LP-2200打印机老卡纸", "保险公司要你们出个证明，说是质量问题，这个能开吗？", "维修服务单")]
    public async Task ALetterForTheInsurerIsAnswered(string locale, string story, string question, string answer)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(story);
        var replies = string.Join("\n", (await driver.SayAsync(question)).Select(r => r.Text));
        Assert.True(replies.Contains(answer, StringComparison.Ordinal), replies);
    }

    /// <summary>Money asked beside the fix after our repairs failed often enough for a new unit: the entitlement comes first,
    /// never the goodwill (before this round's rule had that exception: goodwill first for a third leak).</summary>
    [Fact]
    public async Task ARepeatFailureWithMoneyStillGetsTheNewUnitFirst()
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync("zh-CN", ["燃气热水器又漏水了，你们的师傅已经修过两次了，还是一样的毛病"],
            Answers("zh-CN", "H16", "RH1626062609", "修好，地板泡坏了赔我100"));
        await using var _ = driver;
        Assert.True((await driver.StateAsync()).Offers[0].Kind == "Replacement", transcript);
    }

    /// <summary>The sum granted beside the fix, asked about again (柜子那80块呢): told it is on the case, the offer standing
    /// (before: read as a new wish for money and passed to a colleague).</summary>
    [Theory]
    [InlineData("zh-CN", "热水器漏水，把浴室柜泡坏了", "修好 柜子赔我80块", "柜子那80块呢", "已经作为补偿款")]
    [InlineData("en-GB", "the water heater leaks and it soaked the bathroom cabinet", "fix it, and 80 yuan for the cabinet", "and the 80 for the cabinet?", "already on your case")]
    public async Task MoneyAlreadyGrantedIsSaidToBeOnTheCase(string locale, string story, string wish, string again, string told)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale, [story], Answers(locale, "H16", Heater, wish));
        await using var _ = driver;
        var replies = string.Join("\n", (await driver.SayAsync(again)).Select(r => r.Text));
        var state = await driver.StateAsync();
        Assert.True(replies.Contains(told, StringComparison.Ordinal) && state.Step == AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep.AwaitingAgreement
            && state.GoodwillAdded == 80m, transcript + "\n" + replies);
    }

    /// <summary>"Does anyone care?", an unanswered call, then the facts with a supervisor asked for: the first request for a person
    /// comes with the facts, so the verdict and the offer come first and the person after (before: read as a person asked twice
    /// and handed over with nothing decided).</summary>
    [Fact]
    public async Task NobodyCaresThenFactsWithAPersonGetsTheOfferFirst()
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync("zh-CN",
            ["你们客服到底有没有人管？", "上周打过400电话，说好两天内回电，到现在一个电话都没有", "燃气热水器H16，打开热水龙头点不着火，十来天了。我要投诉，给我找你们主管"],
            Answers("zh-CN", "H16", Heater, "修好"));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Verdict == "Covered" && state.Offers.Count > 0 && state.Offers[0].Kind == "FreeRepair", transcript);
    }

    /// <summary>"电话为什么非要给？", "why do I have to give you my number?": why we ask is said, never an article (before: the gas
    /// smell article, from the word 电话).</summary>
    [Theory]
    [InlineData("zh-CN", "热水器不出热水了", "电话为什么非要给？在这里说不行吗", "煤气")]
    [InlineData("en-GB", "the water heater gives no hot water", "why do I have to give you my number? can't we just do it here", "gas smell")]
    public async Task WhyThePhoneIsAskedIsAnswered(string locale, string story, string why, string never)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(story);
        var answers = Answers(locale, "H16", Heater, Zh(locale) ? "修好" : "repair it");
        for (var turn = 0; turn < 10 && (await driver.StateAsync()).Asking != AfterSalesBot.Bot.Conversations.Complaints.FactQuestion.Phone; turn++)
        {
            var state = await driver.StateAsync();
            var said = state.Step == AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep.Confirming ? (Zh(locale) ? "对" : "yes")
                : answers.GetValueOrDefault(state.Asking, Zh(locale) ? "没有" : "no");
            await driver.SayAsync(said);
        }
        var replies = string.Join("\n", (await driver.SayAsync(why)).Select(r => r.Text));
        Assert.False(replies.Contains(never, StringComparison.OrdinalIgnoreCase), replies);
        Assert.Equal(AfterSalesBot.Bot.Conversations.Complaints.FactQuestion.Phone, (await driver.StateAsync()).Asking);
    }

    /// <summary>Money wished alone in the story, then the part named at the wish question ("a new cartridge and money for the
    /// jacket"): the part is the remedy, the money beside it (before: a discount on the cartridge offered as the money).</summary>
    [Fact]
    public async Task APartNamedAtTheWishAfterMoneyIsThePart()
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync("en-GB",
            ["the ink cartridge in our new IJ-680 leaked, black ink all over the inside", "it got all over my jacket when I took it out. I want the jacket paid for"],
            Answers("en-GB", "IJ-680", "IJ6802610995", "a new cartridge and money for the jacket"));
        await using var _ = driver;
        Assert.True((await driver.StateAsync()).Offers[0].Kind == "PartReplacement", transcript);
    }

    /// <summary>Money beside the fix after our repair did not hold, but an outside repairer also opened it: the fault is not ours
    /// alone, so the paid repair comes first (round 43 regression of this round's rule: a discount came first).</summary>
    [Fact]
    public async Task MoneyBesideTheFixAfterAnOutsideRepairerLeavesTheFixFirst()
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync("zh-CN",
            ["电热水器又漏水了，你们的师傅修过一次", "这回我等不及，叫了小区外面的师傅拆开看了，花了100块"],
            Answers("zh-CN", "E60", "DE60Q260266", "这100你们给我报销，然后派人来修好", "外面的师傅拆过，别的没有"));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Offers[0].Kind == "PaidRepair", transcript);
    }
}
