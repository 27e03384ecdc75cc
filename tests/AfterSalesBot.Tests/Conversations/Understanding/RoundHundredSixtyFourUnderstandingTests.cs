using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// Issue 12, thirty-ninth round (2026-12-07): what the round-164–171 strangers' customers typed that the interpreter misread
/// (idiomatic yes and no, contact details, ranked wishes, hyperbole, back-references, starting over, "apart from", other
/// brands), in other words. Today is 2026-11-22.
/// </summary>
public sealed class RoundHundredSixtyFourUnderstandingTests
{
    /// <summary>Idiomatic agreement ("bang on", "you got it in one", 可不是嘛, 那必须的) is a yes: before, each was a statement, so the
    /// restatement was "added to" and asked again.</summary>
    [Theory]
    [InlineData("bang on", "en-GB")]
    [InlineData("you got it in one", "en-GB")]
    [InlineData("spot on mate", "en-GB")]
    [InlineData("bingo!", "en-GB")]
    [InlineData("correctamundo", "en-GB")]
    [InlineData("you've got it", "en-GB")]
    [InlineData("可不是嘛", "zh-CN")]
    [InlineData("可不是么，就是这样", "zh-CN")]
    [InlineData("那必须的", "zh-CN")]
    public void AnIdiomaticYesIsAYes(string text, string locale) => Assert.Equal(Intent.Yes, Interpret(text, locale).Intent);

    /// <summary>Idiomatic denial ("negative", 哪能啊, 想多了, 压根儿没碰过, 哪有的事) is a no.</summary>
    [Theory]
    [InlineData("negative", "en-GB")]
    [InlineData("negative. nobody has touched it", "en-GB")]
    [InlineData("i already said, nobody touched it", "en-GB")]
    [InlineData("哪能啊", "zh-CN")]
    [InlineData("想多了，没有", "zh-CN")]
    [InlineData("压根儿没碰过", "zh-CN")]
    [InlineData("哪有的事，好好放着的", "zh-CN")]
    public void AnIdiomaticNoIsANo(string text, string locale) => Assert.Equal(Intent.No, Interpret(text, locale).Intent);

    /// <summary>"negative" inside a fault is no answer: the finance software's reports show negative balances.</summary>
    [Fact]
    public void NegativeInAFaultIsNoNo() =>
        Assert.NotEqual(Intent.No, Interpret("negative balances show up in every report since the update", "en-GB").Intent);

    /// <summary>A ranked wish keeps the first choice ("ideally …", "… would be best", 最好…, 首选…), and the fallback after "or",
    /// "otherwise", 不行就, 实在不行 is not chosen: before, the strongest remedy named won, or the one after 就.</summary>
    [Theory]
    [InlineData("a new one would be best, or a refund if you must", "en-GB", DesiredOutcome.Replacement)]
    [InlineData("ideally my money back, a swap is fine too", "en-GB", DesiredOutcome.Refund)]
    [InlineData("repair if it's quick, otherwise replace it", "en-GB", DesiredOutcome.Repair)]
    [InlineData("first choice is a replacement. failing that, refund", "en-GB", DesiredOutcome.Replacement)]
    [InlineData("refund or a new one, don't mind which. new one first though", "en-GB", DesiredOutcome.Replacement)]
    [InlineData("最好是退钱，退不了就换新的", "zh-CN", DesiredOutcome.Refund)]
    [InlineData("首选换新，实在不行退款", "zh-CN", DesiredOutcome.Replacement)]
    [InlineData("能修就修，修不好再说换的事", "zh-CN", DesiredOutcome.Repair)]
    [InlineData("a fix is fine if it's done this week, if it takes longer i'd rather have a new one", "en-GB", DesiredOutcome.Repair)]
    [InlineData("我还是想要新的……换不了就算了，修也行", "zh-CN", DesiredOutcome.Repair)]
    [InlineData("new one's fine. or my money back if that's quicker, but new one first", "en-GB", DesiredOutcome.Replacement)]
    public void ARankedWishKeepsTheFirstChoice(string text, string locale, DesiredOutcome wish) =>
        Assert.Equal(wish, Interpret(text, locale).Wants);

    /// <summary>A part asked to be replaced ("replace the knob please", 换块玻璃面板就行) is a repair wished: before, no wish at all,
    /// and "… for free" was answered as a warranty question three times. A part replaced before is still no wish.</summary>
    [Theory]
    [InlineData("replace the knob please", "en-GB", DesiredOutcome.Repair)]
    [InlineData("I'd like the glass panel replaced", "en-GB", DesiredOutcome.Repair)]
    [InlineData("just replace the cracked glass for free", "en-GB", DesiredOutcome.Repair)]
    [InlineData("换块玻璃面板就行", "zh-CN", DesiredOutcome.Repair)]
    [InlineData("把旋钮换了就好", "zh-CN", DesiredOutcome.Repair)]
    [InlineData("your engineer replaced the fan last time", "en-GB", null)]
    [InlineData("上次师傅换了个主板", "zh-CN", null)]
    public void APartToReplaceIsARepairWished(string text, string locale, DesiredOutcome? wish)
    {
        var read = Interpret(text, locale);
        Assert.Equal(wish, read.Wants);
        if (wish is not null) Assert.NotEqual(Intent.WarrantyQuestion, read.Intent);
    }

    /// <summary>A gas flame that "goes" when the knob is let go is a flame going out, no fire; a fire is still a fire.</summary>
    [Theory]
    [InlineData("when I let go of the knob the fire goes, every time", null)]
    [InlineData("the fire just goes after a few seconds", null)]
    [InlineData("there was a fire behind the hob last night", SafetyHazard.Fire)]
    public void AFlameThatGoesIsNoFire(string text, SafetyHazard? hazard) => Assert.Equal(hazard, Interpret(text, "en-GB").Hazard);

    /// <summary>A yellow flame that blackens the pan (冒黑烟熏锅, "sooty black smoke on the pans") is a burner fault, no smoke from
    /// the appliance; smoke from the machine is still smoke.</summary>
    [Theory]
    [InlineData("右边的火是黄的，冒黑烟把锅底都熏黑了", "zh-CN", null)]
    [InlineData("火苗发黄还冒黑烟熏锅", "zh-CN", null)]
    [InlineData("the flame is yellow and gives off black smoke that soots up the pans", "en-GB", null)]
    [InlineData("机器后面冒黑烟了", "zh-CN", SafetyHazard.Smoke)]
    public void AYellowFlameBlackeningThePanIsNoSmoke(string text, string locale, SafetyHazard? hazard) =>
        Assert.Equal(hazard, Interpret(text, locale).Hazard);

    /// <summary>"some days I give up and use the microwave instead" tells the story; "I give up, forget it" still cancels.</summary>
    [Theory]
    [InlineData("some days I give up and use the microwave instead", false)]
    [InlineData("half the time i just give up and use the other burner", false)]
    [InlineData("I give up, forget it", true)]
    public void GivingUpOnTheUnitInTheStoryIsNoCancel(string text, bool cancels) =>
        Assert.Equal(cancels, Interpret(text, "en-GB").Intent == Intent.Cancel);

    /// <summary>"倒是没摔过，就是孩子拿锅铲把玻璃面板敲裂了": the denial is of a drop, the admission after 就是 is damage.</summary>
    [Theory]
    [InlineData("倒是没摔过，就是孩子拿锅铲把玻璃面板敲裂了")]
    [InlineData("没进过水，就是上个月被我老公用扳手砸了一下")]
    public void AnAdmissionAfterADenialCounts(string text) =>
        Assert.True(Interpret(text, "zh-CN").Causes.GetValueOrDefault("USER_DAMAGE"));

    /// <summary>"这个价我做不了主，让你们的人跟我说吧", "get one of your people to talk me through it": a person asked for.</summary>
    [Theory]
    [InlineData("这个价我做不了主，让你们的人跟我说吧", "zh-CN")]
    [InlineData("叫你们的客服给我打个电话说吧", "zh-CN")]
    [InlineData("fine, but get one of your people to talk me through the cost", "en-GB")]
    public void HaveYourPeopleTalkToMeAsksForAPerson(string text, string locale) =>
        Assert.Equal(Intent.Human, Interpret(text, locale).Intent);

    /// <summary>Hold-out fixes (round 167–171): how long an old unit of another make lasted dates nothing; a date taken back
    /// (不是半个月前，是前天…) is dropped; a "since" correcting "we've had it since forever" dates the purchase.</summary>
    [Theory]
    [InlineData("之前那台老格力用了八年都没这样", "zh-CN")]
    [InlineData("our previous Bosch lasted twelve years without a fault, this one not even a week", "en-GB")]
    public void HowLongAnOldUnitLastedDatesNothing(string text, string locale) => Assert.Empty(Interpret(text, locale).Dates);

    [Fact]
    public void ADateTakenBackIsDropped()
    {
        var read = Interpret("刚才说错了重新说：不是三周前，是昨天装好，今天就开始漏了", "zh-CN");
        Assert.NotEqual(Intent.StartOver, read.Intent);
        Assert.DoesNotContain(read.Dates, d => d.Text.Contains("三周前", StringComparison.Ordinal));
    }

    [Fact]
    public void ASinceCorrectingHowLongWeHaveHadItDatesThePurchase()
    {
        var read = Interpret("I've had the S8 package since forever honestly. ok, since earlier this year", "en-GB");
        Assert.Contains(read.Dates, d => d.Role == DateRole.Purchase);
        Assert.DoesNotContain(read.Dates, d => d.Role == DateRole.Start);
    }

    /// <summary>"the lines were there a few weeks before that, so not the cause" disputes the spill owned up to beside it.</summary>
    [Fact]
    public void AFaultThereBeforeTheSpillDisputesIt()
    {
        var read = Interpret("apart from a cup of tea knocked over on the lid last week, no. the lines were there a few weeks before that, so not the cause", "en-GB");
        Assert.True(read.ClaimsQualityFault);
    }

    /// <summary>"大前天装好，用了一天就开始漏了": the start is the day after the installation (2026-11-20), not the day it was fitted.</summary>
    [Fact]
    public void ADayOfUseCountsFromTheInstallation()
    {
        var read = Interpret("不是两周前，是大前天装好，用了一天就开始漏了", "zh-CN");
        Assert.Contains(read.Dates, d => d.Role == DateRole.Start && d.Date == new DateOnly(2026, 11, 20));
    }
}
