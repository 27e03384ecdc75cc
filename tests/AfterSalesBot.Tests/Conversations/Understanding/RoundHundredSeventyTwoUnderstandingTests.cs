using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// Issue 12, fortieth round (2026-12-08): what the round-172–179 strangers' customers typed that the interpreter misread
/// (what-ifs, plans, non-native writing, bargaining, answers that echo the question, quoted speech, years as a customer,
/// small talk), in other words than theirs. Today is 2026-11-22.
/// </summary>
public sealed class RoundHundredSeventyTwoUnderstandingTests
{
    /// <summary>The circumstances question echoed back, each with its "no" after it ("knocked over, no", 摔过？没有): every one is
    /// denied. Before, the echo was read as owning up, and a cost fee was charged to a customer who had denied everything.</summary>
    [Theory]
    [InlineData("knocked over, no. got wet, no. power surge, no. taken apart, no.", "en-GB")]
    [InlineData("spilled on? nope. opened up? no, never.", "en-GB")]
    [InlineData("an outside repair shop? no. only your technician has worked on it", "en-GB")]
    [InlineData("surges, spills, knocks, other repairers - no, no, no and no", "en-GB")]
    [InlineData("modified: no. repaired by a third party: no", "en-GB")]
    [InlineData("摔过？没有。进过水？没有。拆开过？没拆。", "zh-CN")]
    [InlineData("电压不稳？没有的事。别人修过吗？没人修过", "zh-CN")]
    [InlineData("改装：没有。拆机：没有", "zh-CN")]
    public void AnEchoedQuestionAnsweredNoIsDenied(string text, string locale) =>
        Assert.DoesNotContain(true, Interpret(text, locale).Causes.Values);

    /// <summary>The circumstance echoed with a yes after it is owned up to ("the surge, yes, as I told you").</summary>
    [Theory]
    [InlineData("the surge, yes, as I told you. nothing else though", "en-GB", "VOLTAGE")]
    [InlineData("the power, yes, like I already said. not dropped, not opened", "en-GB", "VOLTAGE")]
    [InlineData("拆过？是的，我自己拆过", "zh-CN", "DISASSEMBLY")]
    public void AnEchoedQuestionAnsweredYesIsOwnedUpTo(string text, string locale, string cause) =>
        Assert.True(Interpret(text, locale).Causes.GetValueOrDefault(cause));

    /// <summary>What someone means to do, or might do, has not happened ("was going to take the back off", 明天要自己拆开看看, 再不来我就
    /// 找外面的师傅修了): before, each was owned up to, and the customer was charged for a repair nobody had made.</summary>
    [Theory]
    [InlineData("my brother-in-law was going to take the back off this weekend, should I tell him not to?", "en-GB")]
    [InlineData("I'm about to get a local handyman round to open it if nobody comes", "en-GB")]
    [InlineData("next step I'll take the tray apart myself with a screwdriver, not done it yet", "en-GB")]
    [InlineData("我老公说明天要自己拆开看看，我先拦着了，还没拆", "zh-CN")]
    [InlineData("你们再不来我就找外面的师傅修了", "zh-CN")]
    [InlineData("打算周末自己换个阀门，还没动", "zh-CN")]
    public void APlanHasNotHappened(string text, string locale) =>
        Assert.DoesNotContain(true, Interpret(text, locale).Causes.Values);

    /// <summary>Someone else's words quoted and then denied ("he said 'that's water damage'", 师傅说“是电压的问题”), circumstances
    /// listed and denied together (改装、拆机都没有), and a repair only offered ("offered to take the panel off"): nothing owned up to.</summary>
    [Theory]
    [InlineData("my husband said 'that's water damage' but no water ever got near it", "en-GB")]
    [InlineData("师傅说“是电压的问题”，可我家电压一直很稳", "zh-CN")]
    [InlineData("改装、拆机都没有", "zh-CN")]
    [InlineData("摔过或者进水，都没有", "zh-CN")]
    [InlineData("dropped or soaked, none of that", "en-GB")]
    [InlineData("my neighbour offered to take the panel off for me but I said no thanks", "en-GB")]
    public void QuotedListedOrOfferedIsNotOwnedUpTo(string text, string locale) =>
        Assert.DoesNotContain(true, Interpret(text, locale).Causes.Values);

    /// <summary>A denial carries along its list of verbs ("nobody knocked it, opened it or got it wet"), and a denial said in
    /// full after the echo's own no ("wet, no, no water got in") stays a denial.</summary>
    [Theory]
    [InlineData("Nobody knocked it, opened it, and nothing was spilled on it")]
    [InlineData("got wet, no, no water got in at all")]
    [InlineData("a spill, a knock, a surge - no, no and no")]
    public void ADenialCarriesAlongItsList(string text) => Assert.DoesNotContain(true, Interpret(text, "en-GB").Causes.Values);

    /// <summary>The data wished back ("把账套恢复出来", "get the backup restored") is the fix wished: before, the wish question was
    /// asked again three times.</summary>
    [Theory]
    [InlineData("先把账套恢复出来", "zh-CN")]
    [InlineData("just get the backup restored please", "en-GB")]
    public void TheDataWishedBackIsARepair(string text, string locale) => Assert.Equal(DesiredOutcome.Repair, Interpret(text, locale).Wants);

    /// <summary>After-sales words typed as pinyin inside Chinese (我想 tui kuan, 外面的 shifu 修过, 是 mofen 没有了) are read as the
    /// words they stand for: before, the refund was never wished, the outside repair never owned up to, the toner never seen.</summary>
    [Fact]
    public void PinyinInsideChineseIsRead()
    {
        Assert.Equal(DesiredOutcome.Refund, Interpret("我不想要了，想 tuikuan", "zh-CN").Wants);
        Assert.True(Interpret("上个月找了外面的 shi fu 修过", "zh-CN").Causes.GetValueOrDefault("UNAUTHORISED_REPAIR"));
        Assert.NotNull(Interpret("印出来很淡，应该是 mofen 用完了", "zh-CN").Consumable);
    }

    /// <summary>A bare circumstance echoed and owned up to ("taken apart? yes, my son did it"), and a confession quoted from the one who
    /// did it (阿姨说“我擦的时候洒了点水进去”) count.</summary>
    [Theory]
    [InlineData("opened? yes, my son opened it to look", "en-GB", "DISASSEMBLY")]
    [InlineData("dropped? yep, off the counter", "en-GB", "USER_DAMAGE")]
    [InlineData("阿姨跟我说“我擦的时候不小心洒了点水进去”", "zh-CN", "USER_DAMAGE")]
    public void OwnedUpToInAnEchoOrAQuotedConfession(string text, string locale, string cause) =>
        Assert.True(Interpret(text, locale).Causes.GetValueOrDefault(cause));

    /// <summary>The circumstances question echoed ("did anyone else repair it? no") names no wish for a repair.</summary>
    [Fact]
    public void TheEchoedRepairQuestionIsNoWish() =>
        Assert.Null(Interpret("knocked, no. did anyone else repair it? no, nobody did", "en-GB").Wants);

    /// <summary>Owned up to in a list is still owned up to ("摔了，灯和屏幕都没有坏": dropped, nothing broke).</summary>
    [Fact]
    public void DroppedThenNothingBrokeStillOwnsUpToTheDrop() =>
        Assert.True(Interpret("摔了，灯和屏幕都没有坏", "zh-CN").Causes.GetValueOrDefault("USER_DAMAGE"));

    /// <summary>Only our own people have worked on it: our repair, never an outside one.</summary>
    [Theory]
    [InlineData("no. only your engineers have been inside it", "en-GB")]
    [InlineData("no, your fitter put it in and nobody's touched it since", "en-GB")]
    [InlineData("没有，只有你们的人修过", "zh-CN")]
    public void OnlyOurPeopleIsNoOutsideRepair(string text, string locale) =>
        Assert.DoesNotContain(true, Interpret(text, locale).Causes.Values);

    /// <summary>A hazard supposed and denied, or quoted and explained away, is no hazard: before, each opened a safety case.</summary>
    [Theory]
    [InlineData("if there were a gas smell I'd have turned the valve off already. there is none", "en-GB")]
    [InlineData("要是闻到煤气味我早就关阀门了，没有味道", "zh-CN")]
    [InlineData("my daughter shouted 'it's on fire!' but it was only the steam from the kettle", "en-GB")]
    [InlineData("孩子问我“怎么冒烟了”，其实是水蒸气", "zh-CN")]
    [InlineData("the fire inside not come when i open the tap", "en-GB")]
    [InlineData("i press the button, the fire not start, only click click", "en-GB")]
    [InlineData("my hob the flame is going out by itself while cooking, the fire is going out every time", "en-GB")]
    [InlineData("please fix it, i need both fire for cooking", "en-GB")]
    public void AHazardSupposedOrExplainedIsNone(string text, string locale) => Assert.Null(Interpret(text, locale).Hazard);

    /// <summary>A real fire is still a fire.</summary>
    [Theory]
    [InlineData("there was fire coming out of the back of it")]
    [InlineData("it caught fire and the fire would not go out")]
    public void ARealFireIsStillAFire(string text) => Assert.Equal(SafetyHazard.Fire, Interpret(text, "en-GB").Hazard);

    /// <summary>The remedy named back with a question mark and then agreed ("a new one? yes please", 换新的？好，换吧) is a yes:
    /// before, it was a question, asked again three times and handed to a person.</summary>
    [Theory]
    [InlineData("a new one? yes please, a new one", "en-GB")]
    [InlineData("remote help? sure", "en-GB")]
    [InlineData("the refund? fine, do the refund", "en-GB")]
    [InlineData("换新的？好，换吧", "zh-CN")]
    [InlineData("远程？可以，远程弄吧", "zh-CN")]
    public void TheRemedyEchoedThenAgreedIsAYes(string text, string locale) => Assert.Equal(Intent.Yes, Interpret(text, locale).Intent);

    /// <summary>A counter-offer is no yes ("what if I paid half?", 便宜点行不行).</summary>
    [Theory]
    [InlineData("what if I paid half? seems fair", "en-GB")]
    [InlineData("ok but can you do it for half", "en-GB")]
    [InlineData("便宜点行不行，打个对折", "zh-CN")]
    [InlineData("行是行，能不能少收点", "zh-CN")]
    public void ACounterOfferIsNoYes(string text, string locale) => Assert.NotEqual(Intent.Yes, Interpret(text, locale).Intent);

    /// <summary>Dates that are not the fault's: another period's figures ("last year's numbers"), years as a customer ("buying
    /// your appliances for nine years", 用你们家的东西六七年了), a what-if ("if this had broken a few months ago").</summary>
    [Theory]
    [InlineData("the balance sheet shows last year's numbers in this year's column", "en-GB")]
    [InlineData("we need last month's invoices out of it by friday", "en-GB")]
    [InlineData("I've been buying your appliances for about nine years", "en-GB")]
    [InlineData("been a customer of yours for twelve years and this is my first complaint", "en-GB")]
    [InlineData("we have used your accounting software for 14 years, long before this version", "en-GB")]
    [InlineData("我们用你们家的东西六七年了", "zh-CN")]
    [InlineData("你们的老客户了，十几年了", "zh-CN")]
    [InlineData("if this had broken a few months ago it would have been free, right?", "en-GB")]
    public void NoDateOfTheFault(string text, string locale) => Assert.Empty(Interpret(text, locale).Dates);

    /// <summary>A conditional threat to cancel a contract is no cancelling of this chat.</summary>
    [Theory]
    [InlineData("if it's not fixed this time we'll cancel our service contract with you")]
    [InlineData("sort it or we cancel the maintenance plan, simple as that")]
    public void AThreatToCancelAContractIsNoCancel(string text) => Assert.NotEqual(Intent.Cancel, Interpret(text, "en-GB").Intent);

    /// <summary>A new unit asked about for a failure after this repair is no wish now (要是这次修完再漏…).</summary>
    [Theory]
    [InlineData("要是这次修完再漏，能不能换新的？", "zh-CN")]
    [InlineData("如果修好以后又坏了，是不是就可以退了", "zh-CN")]
    [InlineData("and if the flame cuts out again after the fix, would I get a new one next time?", "en-GB")]
    public void ARemedyForAFailureAfterThisRepairIsNoWish(string text, string locale) => Assert.Null(Interpret(text, locale).Wants);
}
