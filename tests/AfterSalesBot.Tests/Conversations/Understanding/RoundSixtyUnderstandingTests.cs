using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// Issue 12, twenty-sixth round (2026-12-06): gaps named in round 56–59 and what the round-60–67 strangers' customers typed
/// that the interpreter misread, in other words. How many years a customer has used our products (十几年了, 二十来年了) is
/// no start of the problem.
/// </summary>
public sealed class RoundSixtyUnderstandingTests
{
    /// <summary>Years of use said as a duration, next to using it: no date of the fault (before: 十几年了 read as "几年了", three
    /// years ago, and became the problem's start, so a fresh licence went to review as a fault older than its sale).</summary>
    [Theory]
    [InlineData("我们单位从你们6.0版本起就在用,十几年了,头一回这么离谱")]
    [InlineData("你们家的打印机我们一直在用，二十几年了，没见过这样的")]
    [InlineData("用你们牌子的热水器，好几年了，从来没出过事")]
    public void YearsOfUseAreNoStart(string text) =>
        Assert.DoesNotContain(Interpret(text, "zh-CN").Dates, d => d.Role == DateRole.Start);

    /// <summary>A duration of a fault still starts it.</summary>
    [Theory]
    [InlineData("热水器不出热水，都三天了", 3)]
    [InlineData("打印机卡纸两个星期了", 14)]
    public void AFaultsDurationStillStartsIt(string text, int daysAgo) =>
        Assert.Contains(Interpret(text, "zh-CN").Dates, d => d.Role == DateRole.Start && d.Date == DateOnly.FromDateTime(Now.Date).AddDays(-daysAgo));

    /// <summary>"like if someone spilled coffee on it?" asked about the circumstances question: a hypothetical, neither admitted
    /// nor denied (before: the spill counted, and the customer paid a cost fee for a coffee nobody spilled).</summary>
    [Theory]
    [InlineData("so what falls under that? say if my kid knocked it over, would that count?", "en-GB")]
    [InlineData("what if water got on it from the window, is that one of them?", "en-US")]
    [InlineData("那要是不小心洒了点水上去，这种算不算？", "zh-CN")]
    [InlineData("比如搬家的时候磕了一下，也算吗？", "zh-CN")]
    public void AHypotheticalCircumstanceIsNoAdmission(string text, string locale) =>
        Assert.DoesNotContain(Interpret(text, locale).Causes, c => c.Value);

    /// <summary>An admission that opens with "if I'm honest" is still one.</summary>
    [Fact]
    public void AnAdmissionAfterAnIfIsStillOne() =>
        Assert.True(Interpret("if I'm honest, my son dropped it off the table last week.", "en-GB").Causes.GetValueOrDefault("USER_DAMAGE"));

    /// <summary>"put a brand new cartridge in and it's exactly the same, so I don't think it's the ink": the consumable ruled out.</summary>
    [Theory]
    [InlineData("swapped in a fresh cartridge this morning and nothing changed, it's not the ink", "en-GB")]
    [InlineData("i dont think its the toner, the new one does the same", "en-US")]
    [InlineData("换了新墨盒还是一样，应该不是墨的问题", "zh-CN")]
    public void AConsumableRuledOutIsSaidSo(string text, string locale)
    {
        var said = Interpret(text, locale);
        Assert.Null(said.Consumable);
        Assert.True(said.ConsumableRuledOut);
    }

    /// <summary>"don't just say 'ink is a consumable'" rules nothing out: the ink is still the complaint.</summary>
    [Fact]
    public void ArguingAboutTheConsumableRulesNothingOut() =>
        Assert.False(Interpret("and please don't just tell me 'toner is a consumable', that answers nothing", "en-GB").ConsumableRuledOut);

    /// <summary>"got ours about 14 months ago": the purchase, not the start.</summary>
    [Theory]
    [InlineData("got ours about 14 months ago and now it's making a grinding noise")]
    [InlineData("we got mine at your shop about a year ago and the hob won't light")]
    public void GotOursIsThePurchase(string text) =>
        Assert.DoesNotContain(Interpret(text, "en-GB").Dates, d => d.Role == DateRole.Start);

    /// <summary>White lines through the colours: print quality.</summary>
    [Theory]
    [InlineData("colours come out with white lines through them")]
    [InlineData("there are white streaks across every photo")]
    public void WhiteLinesArePrintQuality(string text) =>
        Assert.Contains("PRINT_QUALITY", Interpret(text, "en-GB").Symptoms);

    /// <summary>The database changed with words between, or another vendor's add-on: a modification said (before: only
    /// 改过数据库 side by side counted, so the story's plain admission was never asked about).</summary>
    [Theory]
    [InlineData("上周我们自己的网管改了下数据库里的几张表，然后报表就不对了", "zh-CN")]
    [InlineData("会计自己装了个第三方的记账插件", "zh-CN")]
    [InlineData("we installed a plugin from another vendor for the payroll reports", "en-GB")]
    public void ADatabaseChangedOrAnAddOnIsAModification(string text, string locale) =>
        Assert.True(Interpret(text, locale).Causes.GetValueOrDefault("MODIFICATION"));

    [Fact]
    public void ADatabaseNeverChangedIsNoModification() =>
        Assert.False(Interpret("我们没改过数据库里的任何东西", "zh-CN").Causes.GetValueOrDefault("MODIFICATION"));

    /// <summary>A busy office and cooking smoke are no emergency; a power strip beside the puddle is.</summary>
    [Theory]
    [InlineData("honestly we're on fire today, month end and the finance program won't open", "en-GB")]
    [InlineData("i am so on fire with deadlines and the printer jams every page", "en-US")]
    [InlineData("the hood hardly pulls anything, the whole flat gets smoke from the frying pan", "en-GB")]
    public void BusyAndCookingSmokeAreNoEmergency(string text, string locale) =>
        Assert.Null(Interpret(text, locale).Hazard);

    [Theory]
    [InlineData("the printer is on fire!!", "en-GB", SafetyHazard.Fire)]
    [InlineData("thick smoke from the back of the copier", "en-GB", SafetyHazard.Smoke)]
    [InlineData("热水器底下漏了一地水，排插就挨着那滩水", "zh-CN", SafetyHazard.ElectricShock)]
    [InlineData("地上那滩水快漫到插线板了", "zh-CN", SafetyHazard.ElectricShock)]
    public void RealHazardsStillAre(string text, string locale, SafetyHazard hazard) =>
        Assert.Equal(hazard, Interpret(text, locale).Hazard);

    /// <summary>"please ring me, not her": who to call, no request for a person instead of the bot.</summary>
    [Fact]
    public void WhoToRingIsNoRequestForAPerson() =>
        Assert.NotEqual(Intent.Human, Interpret("ok great. please phone me not my mum, she won't hear it", "en-GB").Intent);

    /// <summary>"太贵我就不修了": a condition on the price still to come, no cancel.</summary>
    [Theory]
    [InlineData("先告诉我多少钱，贵的话我就不修了", "zh-CN")]
    [InlineData("what's the price first? if it's too expensive forget it", "en-GB")]
    public void TooExpensiveThenNoIsNoCancel(string text, string locale) =>
        Assert.NotEqual(Intent.Cancel, Interpret(text, locale).Intent);

    /// <summary>换 on its own, or hurried: a replacement wanted.</summary>
    [Theory]
    [InlineData("换，快点换")]
    [InlineData("马上换一台")]
    public void AHurriedSwapIsAReplacement(string text) =>
        Assert.Equal(DesiredOutcome.Replacement, Interpret(text, "zh-CN").Wants);

    [Fact]
    public void ChangingTheTimeIsNoReplacement() =>
        Assert.Null(Interpret("能不能换个时间来", "zh-CN").Wants);

    /// <summary>"小区电压一直不怎么稳": the voltage clause, said with words between.</summary>
    [Fact]
    public void VoltageNotQuiteStableIsVoltage() =>
        Assert.True(Interpret("我们这边电压一直不怎么稳，但跟这个故障没关系", "zh-CN").Causes.GetValueOrDefault("VOLTAGE"));

    /// <summary>When they moved in is no start of the fault.</summary>
    [Theory]
    [InlineData("we moved in about eight months ago and the boiler came with the flat")]
    public void MovingInIsNoStart(string text) =>
        Assert.DoesNotContain(Interpret(text, "en-GB").Dates, d => d.Role == DateRole.Start);

    [Fact]
    public void MovingInIsNoStartInChinese() =>
        Assert.DoesNotContain(Interpret("我们搬进来大概一年了，灶是上家留下的", "zh-CN").Dates, d => d.Role == DateRole.Start);

    /// <summary>A grey cast over the copy: print quality.</summary>
    [Theory]
    [InlineData("复印出来整张都灰蒙蒙的", "zh-CN")]
    [InlineData("every copy has a grey background now", "en-GB")]
    public void AGreyCastIsPrintQuality(string text, string locale) =>
        Assert.Contains("PRINT_QUALITY", Interpret(text, locale).Symptoms);

    /// <summary>A fault an earlier repair cured, said to have stayed away, is history (before: the noise repaired twice counted
    /// as the fault now, and a hood with new weak suction was offered the repeat failure's replacement).</summary>
    [Theory]
    [InlineData("the leak your engineer sorted out over the summer never came back; this time the display shows E4", "en-GB", "LEAK", "ERROR_CODE")]
    [InlineData("上次你们修好的漏水后来没再犯过，这回是屏幕上显示E4", "zh-CN", "LEAK", "ERROR_CODE")]
    public void AFaultThatStayedAwayIsHistory(string text, string locale, string history, string now)
    {
        var said = Interpret(text, locale);
        Assert.DoesNotContain(history, said.Symptoms);
        Assert.Contains(now, said.Symptoms);
    }

    /// <summary>A cartridge that ran out a few words later, or asked to be sent new: the consumable.</summary>
    [Theory]
    [InlineData("机器带的墨盒才印了二十几张就显示没墨了？？", "INK")]
    [InlineData("能不能给我寄个新墨盒过来", "INK")]
    [InlineData("要个新墨盒", "INK")]
    public void ACartridgeRunOutOrAskedForIsTheConsumable(string text, string consumable) =>
        Assert.Equal(consumable, Interpret(text, "zh-CN").Consumable);

    /// <summary>Round 60–67 hold-outs (measured once, then fixed), in other words. A crack and a flash at the plug, a slightly burnt
    /// smell, sparks seen through a gap: emergencies (before: a free repair was booked for a printer that had flashed at its cable).</summary>
    [Theory]
    [InlineData("heard a crack and a blue flash near the plug, it still switches on though", "en-GB")]
    [InlineData("the shredder smells slightly burnt since this morning", "en-GB")]
    [InlineData("复印机后面噼啪响，从缝里能看见火花", "zh-CN")]
    public void AFlashOrABurntSmellIsAnEmergency(string text, string locale) =>
        Assert.NotNull(Interpret(text, locale).Hazard);

    [Fact]
    public void AnIgnitersSparkIsNoEmergency() =>
        Assert.Null(Interpret("灶点火的时候能看到火花，但就是打不着", "zh-CN").Hazard);

    /// <summary>A hotline nobody answered, and a person only if the bot cannot help: no request for a person now.</summary>
    [Theory]
    [InlineData("客服热线打了好几次都没人接，你们就是这么服务的？", "zh-CN")]
    [InlineData("你能解决就解决，解决不了再给我转人工", "zh-CN")]
    [InlineData("if you can't sort this out then put me through to someone", "en-GB")]
    public void APersonOnlyIfNeededIsNoRequestForOne(string text, string locale) =>
        Assert.NotEqual(Intent.Human, Interpret(text, locale).Intent);

    [Theory]
    [InlineData("转人工", "zh-CN")]
    [InlineData("put me through to someone please", "en-GB")]
    public void APersonAskedOutrightStillIs(string text, string locale) =>
        Assert.Equal(Intent.Human, Interpret(text, locale).Intent);

    /// <summary>"yes, my son knocked it, but that's not what's causing the leak": admitted and disputed.</summary>
    [Fact]
    public void AKnockAdmittedAndDeniedAsTheCauseIsDisputed()
    {
        var said = Interpret("yes my son knocked it with the vacuum, but that's not what's causing the leak", "en-GB");
        Assert.True(said.Causes.GetValueOrDefault("USER_DAMAGE"));
        Assert.True(said.ClaimsQualityFault);
    }

    /// <summary>"我们找了楼下电脑店的小哥来重装的，不是你们授权的": an outside repair.</summary>
    [Fact]
    public void AShopWeDidNotAuthoriseIsAnOutsideRepair() =>
        Assert.True(Interpret("之前我们找了楼下电脑店的小哥来重装的，不是你们授权的", "zh-CN").Causes.GetValueOrDefault("UNAUTHORISED_REPAIR"));

    /// <summary>"就是电脑店的人重装过一次" at the plain question: the outside repair confirmed.</summary>
    [Fact]
    public void TheShopsManConfirmedIsAnOutsideRepair() =>
        Assert.True(Interpret("对，就是维修店的师傅拆过一次，别的没有", "zh-CN").Causes.GetValueOrDefault("UNAUTHORISED_REPAIR"));

    /// <summary>Our own people sent for are never an outside repair.</summary>
    [Theory]
    [InlineData("之前找了你们公司的技术员来装的")]
    [InlineData("上个月找了你们售后的师傅来修过一次")]
    public void OurOwnPeopleSentForAreNoOutsideRepair(string text) =>
        Assert.False(Interpret(text, "zh-CN").Causes.GetValueOrDefault("UNAUTHORISED_REPAIR"));

    /// <summary>A power cut heard of, the supply not known: neither admitted nor denied.</summary>
    [Theory]
    [InlineData("不清楚，听邻居说停过电，电压正不正常我也不知道", "zh-CN")]
    [InlineData("the caretaker says the power went off overnight, but I can't say whether the supply was bad", "en-GB")]
    public void APowerCutHeardOfIsNoVoltageAdmitted(string text, string locale) =>
        Assert.False(Interpret(text, locale).Causes.GetValueOrDefault("VOLTAGE"));
}
