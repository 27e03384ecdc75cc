using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// Issue 12, nineteenth round (2026-12-05): what the round-30/31 strangers' customers typed that the interpreter misread,
/// in other words. Business customers with more than one unit (the serial of the unit that works given first, a deadline
/// for the engineer, the contact to ask for at a switchboard), and customers who tried things themselves (a grease filter
/// washed as the manual says, a new drum that changed nothing, water creeping towards a socket).
/// </summary>
public sealed class RoundThirtyUnderstandingTests
{
    /// <summary>Two serials, the first said to be the unit that works: the other one is meant.</summary>
    [Theory]
    [InlineData("my mistake - LP22HZ250101 is the printer in accounts and it's working fine. The faulty one is LP22QE260318", "en-GB", "LP22QE260318")]
    [InlineData("scratch that, DC30202401010 is downstairs and has no problems; the jamming one is DC30202505050", "en-GB", "DC30202505050")]
    [InlineData("不好意思 DC30202401010是楼下那台，那台好好的。坏的是楼上的DC30202505050", "zh-CN", "DC30202505050")]
    [InlineData("LP22HZ250101那台没问题，有问题的是LP22QE260318", "zh-CN", "LP22QE260318")]
    public void TheSerialOfTheUnitThatWorksIsSetAside(string text, string locale, string serial) =>
        Assert.Equal(serial, Interpret(text, locale).Serial);

    /// <summary>The faulty one named first and the other said to be fine: the first stays.</summary>
    [Theory]
    [InlineData("DC30202505050 is the broken one, DC30202401010 is fine", "en-GB", "DC30202505050")]
    [InlineData("坏的是DC30202505050，DC30202401010那台正常", "zh-CN", "DC30202505050")]
    public void TheFaultyUnitNamedFirstStays(string text, string locale, string serial) =>
        Assert.Equal(serial, Interpret(text, locale).Serial);

    /// <summary>"I gave you the wrong number" in Chinese (编号报错了, 号码说错了) is no error code on the machine.</summary>
    [Theory]
    [InlineData("抱歉机身号报错了")]
    [InlineData("刚才号码报错了，重新发一下")]
    public void AMisreportedNumberIsNoErrorCode(string text) => Assert.DoesNotContain("ERROR_CODE", Interpret(text, "zh-CN").Symptoms);

    /// <summary>A deadline for the engineer ("we need it working by Friday", 周五之前一定要修好) is no date of the fault.</summary>
    [Theory]
    [InlineData("please fix it, we have to have it working by Friday for the audit", "en-GB")]
    [InlineData("repair is fine but it needs to be back up and running before next Tuesday", "en-GB")]
    [InlineData("修吧，星期五之前一定要弄好", "zh-CN")]
    [InlineData("下周二前必须能用，月底要出报表", "zh-CN")]
    public void ADeadlineIsNoDate(string text, string locale) => Assert.Empty(Interpret(text, locale).Dates);

    /// <summary>The service time called too slow is no slow machine.</summary>
    [Theory]
    [InlineData("72 hours is far too slow for us", "en-GB")]
    [InlineData("三天太慢了，等不了", "zh-CN")]
    [InlineData("72小时上门太慢了", "zh-CN")]
    public void AServiceTimeTooSlowIsNoSymptom(string text, string locale) => Assert.DoesNotContain("SLOW", Interpret(text, locale).Symptoms);

    /// <summary>The software itself slow stays SLOW.</summary>
    [Theory]
    [InlineData("the accounts software has got really slow since the update", "en-GB")]
    [InlineData("软件打开特别慢", "zh-CN")]
    public void ASlowProgramIsStillSlow(string text, string locale) => Assert.Contains("SLOW", Interpret(text, locale).Symptoms);

    /// <summary>A contact at a switchboard ("ask for Mr Zhou") is no request for our manager.</summary>
    [Theory]
    [InlineData("公司总机 0571-86012345 找王经理就行")]
    [InlineData("打前台电话 0571-86012345，找李主管")]
    public void AContactToAskForIsNoHandoff(string text) => Assert.NotEqual(Intent.Human, Interpret(text, "zh-CN").Intent);

    /// <summary>Our manager asked for stays a handoff.</summary>
    [Theory]
    [InlineData("找你们经理来")]
    [InlineData("我要找经理")]
    [InlineData("给我找个主管")]
    public void OurManagerAskedForIsAHandoff(string text) => Assert.Equal(Intent.Human, Interpret(text, "zh-CN").Intent);

    /// <summary>Water creeping towards a socket, or a wet socket, is the electric hazard.</summary>
    [Theory]
    [InlineData("it's leaking and the water is trickling across the floor towards the extension lead", "en-GB")]
    [InlineData("the wall around the plug socket is soaked now", "en-GB")]
    [InlineData("the socket underneath is wet", "en-GB")]
    [InlineData("水顺着墙往下流，快流到插座那里了", "zh-CN")]
    [InlineData("下面那个插座周围全是水", "zh-CN")]
    public void WaterReachingASocketIsAHazard(string text, string locale) => Assert.NotNull(Interpret(text, locale).Hazard);

    /// <summary>Plugs and sockets named without water are no hazard.</summary>
    [Theory]
    [InlineData("I unplugged it from the socket and plugged it back in, still leaking", "en-GB")]
    [InlineData("插座换了一个也没用，还是漏水", "zh-CN")]
    public void ASocketWithoutWaterIsNoHazard(string text, string locale) => Assert.Null(Interpret(text, locale).Hazard);

    /// <summary>Maintenance the manual asks for (a grease filter washed, paper cleared through the front door) is no
    /// disassembly.</summary>
    [Theory]
    [InlineData("就是把滤网拆下来用热水冲了一下", "zh-CN")]
    [InlineData("我按说明书拆了油网清洗，别的没动", "zh-CN")]
    [InlineData("I only took the grease filters out and washed them like the booklet says", "en-GB")]
    [InlineData("I opened the front door to pull out the crumpled paper, that's all", "en-GB")]
    public void ManualMaintenanceIsNoDisassembly(string text, string locale) =>
        Assert.False(Interpret(text, locale).Causes.GetValueOrDefault("DISASSEMBLY"), text);

    /// <summary>The casing opened is still disassembly.</summary>
    [Theory]
    [InlineData("我把后盖拆开看了看", "zh-CN")]
    [InlineData("I opened the casing to have a look at the fan", "en-GB")]
    public void TheCasingOpenedIsStillDisassembly(string text, string locale) =>
        Assert.True(Interpret(text, locale).Causes.GetValueOrDefault("DISASSEMBLY"), text);

    /// <summary>A drum at the end of its life is the consumable.</summary>
    [Theory]
    [InlineData("屏幕上说硒鼓寿命已到，让换新的", "zh-CN")]
    [InlineData("the copier says the drum unit has reached the end of its life", "en-GB")]
    public void ADrumAtTheEndOfItsLifeIsTheConsumable(string text, string locale) => Assert.NotNull(Interpret(text, locale).Consumable);

    /// <summary>A consumable already changed ("apart from swapping the toner", 除了换粉盒) is background, not asked for.</summary>
    [Theory]
    [InlineData("没摔过，除了换粉盒什么都没碰过")]
    [InlineData("上周已经换了新的原装粉盒，条纹还在")]
    public void AConsumableAlreadyChangedIsBackground(string text) => Assert.Null(Interpret(text, "zh-CN").Consumable);

    /// <summary>"热不热" asks whether it is hot: no fault of its own.</summary>
    [Theory]
    [InlineData("纸热不热都无所谓，关键是有条纹")]
    [InlineData("机器热不热无所谓")]
    public void AnEitherOrQuestionIsNoFault(string text) =>
        Assert.DoesNotContain("NO_HOT_WATER", Interpret(text, "zh-CN").Symptoms);

    /// <summary>A casing split open is damage; "split the bill" is not.</summary>
    [Theory]
    [InlineData("there's a split in the casing near the bottom", true)]
    [InlineData("the plastic cover has split down one side", true)]
    [InlineData("we can split the cost between the two offices", false)]
    public void ASplitCasingIsDamage(string text, bool damage) =>
        Assert.Equal(damage, Interpret(text, "en-GB").Symptoms.Contains("PHYSICAL_DAMAGE"));

    /// <summary>An invoice or purchase-order number beside the serial is not the unit's serial.</summary>
    [Theory]
    [InlineData("for your records our invoice no. is INV-20261104, the machine's serial is DC30202605809", "en-GB")]
    [InlineData("PO: PO77120045 / serial DC30202605809", "en-GB")]
    [InlineData("发票号 FP20261104，机器上的编号是DC30202605809", "zh-CN")]
    public void AnotherDocumentsNumberIsNoSerial(string text, string locale) =>
        Assert.Equal("DC30202605809", Interpret(text, locale).Serial);

    /// <summary>Several serials and the faulty one named by its place in the list.</summary>
    [Theory]
    [InlineData("the serials are DC30202504315, DC30202605809 and DC30202608818 and the second one is the broken one", "en-GB", "DC30202605809")]
    [InlineData("三台的编号 DC30202504315、DC30202605809、DC30202608818，第三台是坏的", "zh-CN", "DC30202608818")]
    public void TheFaultySerialByItsPlaceIsMeant(string text, string locale, string serial) =>
        Assert.Equal(serial, Interpret(text, locale).Serial);

    /// <summary>The breaker checked and found fine denies the voltage clause; it does not admit it.</summary>
    [Theory]
    [InlineData("I checked the breaker, the breaker was fine", "en-GB")]
    [InlineData("the fuse box looked ok and nothing tripped", "en-GB")]
    [InlineData("看了空气开关，没跳闸", "zh-CN")]
    public void ABreakerFoundFineIsNoVoltage(string text, string locale) =>
        Assert.False(Interpret(text, locale).Causes.GetValueOrDefault("VOLTAGE"), text);

    /// <summary>A factory reset done as the manual says is no lost data.</summary>
    [Theory]
    [InlineData("I restored the factory settings like the manual says, no change", "en-GB")]
    [InlineData("恢复了出厂设置，还是一样", "zh-CN")]
    public void AFactoryResetIsNoDataProblem(string text, string locale) =>
        Assert.DoesNotContain("DATA_BACKUP", Interpret(text, locale).Symptoms);

    /// <summary>Lost data to restore stays the data fault.</summary>
    [Theory]
    [InlineData("we need to restore last month's data, the ledger is gone", "en-GB")]
    [InlineData("账套数据恢复不了", "zh-CN")]
    public void DataToRestoreIsStillTheDataFault(string text, string locale) =>
        Assert.Contains("DATA_BACKUP", Interpret(text, locale).Symptoms);

    /// <summary>A child burnt on the casing is an injury, not a burnt-out unit.</summary>
    [Theory]
    [InlineData("my little girl burned her hand on the side of the hob, the bit under the controls")]
    [InlineData("the side panel got so hot my son was burnt when he leant on it")]
    public void AChildBurntOnTheCasingIsAnInjury(string text)
    {
        var said = Interpret(text, "en-GB");
        Assert.Equal(SafetyHazard.Injury, said.Hazard);
        Assert.DoesNotContain("BURNT", said.Symptoms);
    }

    /// <summary>Burnt food and a burnt-out element are no injury.</summary>
    [Theory]
    [InlineData("the rice got burnt because the flame wouldn't turn down")]
    [InlineData("I think the element has burnt out")]
    public void BurntFoodOrAPartIsNoInjury(string text) => Assert.NotEqual(SafetyHazard.Injury, Interpret(text, "en-GB").Hazard);

    /// <summary>"I opened the bottom cover myself" is the casing opened; "open a case for me" is not.</summary>
    [Theory]
    [InlineData("I opened the bottom cover myself to test the thermostat", true)]
    [InlineData("could you open a case for me please", false)]
    public void OpeningTheCoverIsDisassembly(string text, bool opened) =>
        Assert.Equal(opened, Interpret(text, "en-GB").Causes.GetValueOrDefault("DISASSEMBLY"));
}
