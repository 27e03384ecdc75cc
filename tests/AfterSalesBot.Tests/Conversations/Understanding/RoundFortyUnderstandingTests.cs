using AfterSalesBot.Bot.Conversations.Complaints;
using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// Issue 12, twenty-second round (2026-12-05): what the round-40/41/42/43 strangers' customers typed that the interpreter
/// misread, in other words. A question about buying toner beside the complaint, a digression dropped ("算了不说这个"), a
/// relative's repair typed in texting shorthand, a wish in learner's English ("change one new"), durations with no "ago"
/// (大概十天), a yes on the condition that it is free, a warranty extension asked for, a spill owned up to and denied as the
/// cause, money asked for a lost day, and a repairman who is ours.
/// </summary>
public sealed class RoundFortyUnderstandingTests
{
    /// <summary>Where to buy or order a consumable, asked aside, is a question about buying, not the consumable as the fault.</summary>
    [Theory]
    [InlineData("by the way can we get the toner from you directly or only from the reseller?", "en-GB")]
    [InlineData("side question, where do I order new ink cartridges for it?", "en-GB")]
    [InlineData("另外问下，墨盒去哪里买比较好？", "zh-CN")]
    public void WhereToBuyAConsumableIsNoConsumableFault(string text, string locale) =>
        Assert.Null(Interpret(text, locale).Consumable);

    /// <summary>A consumable that is the problem still is.</summary>
    [Theory]
    [InlineData("the toner cartridge is leaking powder everywhere", "en-GB", "TONER")]
    [InlineData("墨盒装上去就识别不了", "zh-CN", "INK")]
    [InlineData("打出来发白，应该是粉没了，顺便问下墨粉在哪买", "zh-CN", "TONER")]
    [InlineData("the black ink has run out, where can I buy a new cartridge?", "en-GB", "INK")]
    public void AConsumableThatIsTheProblemStillIs(string text, string locale, string consumable) =>
        Assert.Equal(consumable, Interpret(text, locale).Consumable);

    /// <summary>Dropping a digression ("forget that, back to the oven") is not cancelling the complaint.</summary>
    [Theory]
    [InlineData("算了不提这个了", "zh-CN")]
    [InlineData("唉扯远了，不说那些了", "zh-CN")]
    [InlineData("算了，说回热水器", "zh-CN")]
    [InlineData("anyway, never mind all that, back to the heater", "en-GB")]
    [InlineData("forget I mentioned it, the hob is what matters", "en-GB")]
    public void DroppingADigressionIsNoCancel(string text, string locale) =>
        Assert.NotEqual(Intent.Cancel, Interpret(text, locale).Intent);

    /// <summary>Cancelling the complaint still is.</summary>
    [Theory]
    [InlineData("算了，不弄了", "zh-CN")]
    [InlineData("never mind, forget the whole thing", "en-GB")]
    public void CancellingStillIs(string text, string locale) =>
        Assert.Equal(Intent.Cancel, Interpret(text, locale).Intent);

    /// <summary>A relative who worked on it, typed in texting shorthand.</summary>
    [Theory]
    [InlineData("my bro in law redid the joint w some tape, not ur guys")]
    [InlineData("bro had a go at it last wknd")]
    [InlineData("my bf tightened the hose himself lol")]
    public void ARelativesRepairInShorthandIsUnauthorised(string text) =>
        Assert.True(Interpret(text, "en-GB").Causes.GetValueOrDefault("UNAUTHORISED_REPAIR"), text);

    /// <summary>"your repairman", "ur tech": ours, never an unauthorised repair, and never a wish for a repair.</summary>
    [Theory]
    [InlineData("Nothing of that sort. Only your repairman has touched it, both times.")]
    [InlineData("nope only ur tech has opened it")]
    public void OurRepairmanIsNeitherUnauthorisedNorAWish(string text)
    {
        var reading = Interpret(text, "en-GB");
        Assert.False(reading.Causes.GetValueOrDefault("UNAUTHORISED_REPAIR"), text);
        Assert.Null(reading.Wants);
    }

    /// <summary>A new unit asked for in learner's English.</summary>
    [Theory]
    [InlineData("I want change one new machine, not fix")]
    [InlineData("please you can change to one new for me")]
    [InlineData("give me change new one")]
    public void ChangeOneNewIsAReplacement(string text) =>
        Assert.Equal(DesiredOutcome.Replacement, Interpret(text, "en-GB").Wants);

    /// <summary>A duration with no "ago" (大概十天, 有十来天了, "going on ten days") dates the start.</summary>
    [Theory]
    [InlineData("差不多十天", "zh-CN", "2026-11-12")]
    [InlineData("有十来天了吧", "zh-CN", "2026-11-12")]
    [InlineData("十天左右", "zh-CN", "2026-11-12")]
    [InlineData("一个多礼拜了", "zh-CN", "2026-11-15")]
    [InlineData("一年零三个月前开始的", "zh-CN", "2025-08-22")]
    public void ADurationDatesTheStart(string text, string locale, string expected)
    {
        var dates = Interpret(text, locale).Dates;
        Assert.True(dates.Count > 0, text);
        Assert.Equal(expected, Iso(dates[0].Date));
    }

    /// <summary>"Fine, as long as it costs nothing": a yes on the condition that it is free; the "no" inside the condition is no
    /// refusal. On a free offer the condition is met (the conversation checks the price).</summary>
    [Theory]
    [InlineData("right, as long as there's no visit fee, go ahead")]
    [InlineData("ok provided there's no charge, book him in")]
    [InlineData("只要不收上门费就行，安排吧")]
    [InlineData("不要钱的话就可以，来修吧")]
    public void AYesOnConditionItIsFreeIsAYes(string text)
    {
        Assert.True(OfferAnswers.Accepts(text), text);
        Assert.False(OfferAnswers.Refuses(text), text);
        Assert.True(OfferAnswers.OnlyIfFree(text), text);
    }

    /// <summary>A plain yes sets no condition.</summary>
    [Theory]
    [InlineData("yes please")]
    [InlineData("好的，安排吧")]
    public void APlainYesSetsNoCondition(string text) =>
        Assert.False(OfferAnswers.OnlyIfFree(text), text);

    /// <summary>A warranty extension asked for; an extension bought or asked about is none.</summary>
    [Theory]
    [InlineData("and I'd expect another year on the warranty for all this hassle", "en-GB")]
    [InlineData("give us an extra 12 months of warranty and we're square", "en-GB")]
    [InlineData("保修期得给我再延长一年", "zh-CN")]
    [InlineData("换新可以，保修要重新算，再多给一年", "zh-CN")]
    public void AnExtensionAskedForIsNoted(string text, string locale) =>
        Assert.True(Interpret(text, locale).ExtensionAsked, text);

    [Theory]
    [InlineData("we paid for the extended warranty when we bought it", "en-GB")]
    [InlineData("当时加钱买了一年延保", "zh-CN")]
    [InlineData("how long is the warranty?", "en-GB")]
    public void AnExtensionBoughtOrAskedAboutIsNone(string text, string locale) =>
        Assert.False(Interpret(text, locale).ExtensionAsked, text);

    /// <summary>A spill owned up to, then denied as the cause: a disputed cause.</summary>
    [Theory]
    [InlineData("yes some juice went on the top once, but that isn't where the lines come from")]
    [InlineData("ok the coffee happened, but this is a fault inside the printer, not the coffee")]
    [InlineData("the spill was on the outside, it's a machine fault")]
    public void ASpillDeniedAsTheCauseIsADispute(string text) =>
        Assert.True(Interpret(text, "en-GB").ClaimsQualityFault, text);

    /// <summary>A relative's work owned up to, and denied as where the fault comes from: a disputed cause.</summary>
    [Theory]
    [InlineData("the drip comes from deep inside the casing, not his fitting", "en-GB")]
    [InlineData("水是从机器里面滴出来的，不是他拧过的那个接头", "zh-CN")]
    public void ARelativesWorkDeniedAsTheSourceIsADispute(string text, string locale) =>
        Assert.True(Interpret(text, locale).ClaimsQualityFault, text);

    /// <summary>"No no." before the denial is a no.</summary>
    [Theory]
    [InlineData("No no, none of that. Just your own engineer, both visits.")]
    [InlineData("no no nothing like that")]
    public void NoNoIsANo(string text) =>
        Assert.Equal(Intent.No, Interpret(text, "en-GB").Intent);

    /// <summary>Money asked for a lost day or wasted food, however it is put, is money beside the remedy.</summary>
    [Theory]
    [InlineData("fine but who pays me back for the wages I lost waiting in? 250 at least", "en-GB")]
    [InlineData("ok and what about the money I lost? I want something for that", "en-GB")]
    [InlineData("修可以，我请假扣的工资你们也得给个说法", "zh-CN")]
    [InlineData("换新可以，但是坏掉的那些肉钱你们得出", "zh-CN")]
    public void MoneyForALossIsCompensation(string text, string locale)
    {
        var reading = Interpret(text, locale);
        Assert.True(reading.CompensationToo || reading.Wants == DesiredOutcome.Compensation, text);
    }

    /// <summary>A sum named after the kind of money, without 元 or 块: 误工费两百, 损失费500.</summary>
    [Theory]
    [InlineData("误工费两百你们出不出", 200)]
    [InlineData("损失费500总得给吧", 500)]
    public void ASumAfterTheKindOfMoneyIsTheAmount(string text, int amount) =>
        Assert.Equal(amount, Interpret(text, "zh-CN").AmountAsked);

    /// <summary>Not there when it happened, and nobody owned up: nothing admitted (round 40 hold-out: read as dropped, a fee).</summary>
    [Theory]
    [InlineData("no idea, I was away. no one has told me that they knocked it or dropped something on it")]
    [InlineData("I was at work all week, nobody said they banged into it")]
    public void NobodyOwningUpAdmitsNothing(string text) =>
        Assert.DoesNotContain(Interpret(text, "en-GB").Causes, c => c.Value);

    /// <summary>Someone who "isn't one of your people" is not ours: his repair is an unauthorised one.</summary>
    [Theory]
    [InlineData("yes as I told you, a plumber who isn't one of your people changed the valve")]
    [InlineData("a local fitter who was not with your company replaced a seal")]
    public void NotOneOfYourPeopleIsUnauthorised(string text) =>
        Assert.True(Interpret(text, "en-GB").Causes.GetValueOrDefault("UNAUTHORISED_REPAIR"), text);

    /// <summary>What support quoted on the phone is part of the complaint, no request for support.</summary>
    [Theory]
    [InlineData("过保了我知道，可你们客服电话里报的价三百多，也太贵了")]
    [InlineData("上周打你们热线，客服在电话上报了个价，两百八")]
    [InlineData("换个比例阀连人工要三百出头，太离谱了")]
    [InlineData("配件加人工一共两百多，贵了")]
    public void SupportsQuoteOnThePhoneIsNoPersonRequest(string text) =>
        Assert.NotEqual(Intent.Human, Interpret(text, "zh-CN").Intent);

    /// <summary>"taking the day off" is no date.</summary>
    [Fact]
    public void TheDayOffIsNoDate() =>
        Assert.Empty(Interpret("I had to take the day off work for nothing", "en-GB").Dates);
}
