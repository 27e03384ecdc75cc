using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// Issue 12, eighteenth round (2026-12-05): what the round-28/29 strangers' customers typed that the interpreter misread,
/// in other words. Customers on a phone (fragments, dictation, numbers spoken as words), older customers and the relatives
/// who write for them (a British mobile number, "the voltage in her block is all over the place", a tingle from the tap,
/// "is it the ribbon?", "I honestly can't say whether it got knocked").
/// </summary>
public sealed class RoundTwentyEightUnderstandingTests
{
    /// <summary>National numbers as people in Britain write them, and numbers spoken into a phone.</summary>
    [Theory]
    [InlineData("my mobile's 07911 204 566", "en-GB", "07911204566")]
    [InlineData("ring me on 07855 613402 please", "en-GB", "07855613402")]
    [InlineData("best number: 07432-118-907", "en-GB", "07432118907")]
    [InlineData("it's one three nine eight eight two one four five zero seven", "en-US", "13988214507")]
    [InlineData("幺三九 八八二一 四五零七", "zh-CN", "13988214507")]
    [InlineData("电话是一五八 六六一三 七七九二", "zh-CN", "15866137792")]
    public void APhoneNumberWrittenTheWayPeopleSayItIsRead(string text, string locale, string phone) =>
        Assert.Equal(phone, Interpret(text, locale).Phone);

    /// <summary>Chinese landlines and mobiles keep their form; short digit runs are no phone.</summary>
    [Theory]
    [InlineData("座机 0571 8890 1123", "0571-88901123")]
    [InlineData("139 1234 5678", "13912345678")]
    public void ChineseNumbersStayAsTheyWere(string text, string phone) => Assert.Equal(phone, Interpret(text, "zh-CN").Phone);

    [Theory]
    [InlineData("三四天前开始的", "zh-CN")]
    [InlineData("one or two times a day, maybe three", "en-US")]
    public void ACountIsNoPhone(string text, string locale) => Assert.Null(Interpret(text, locale).Phone);

    /// <summary>A tingle or a buzz from a water heater's tap or casing is a possible electric leak: a safety case.</summary>
    [Theory]
    [InlineData("when my son held the shower head he got a small electrical tingle", "en-GB")]
    [InlineData("you feel a buzz through your fingers if you touch the hot tap", "en-GB")]
    [InlineData("洗澡的时候摸到水龙头手有点麻", "zh-CN")]
    [InlineData("热水器外壳摸着发麻", "zh-CN")]
    [InlineData("那个花洒电手", "zh-CN")]
    public void ATingleFromTheTapIsAHazard(string text, string locale) => Assert.NotNull(Interpret(text, locale).Hazard);

    /// <summary>A buzzing noise is a noise, not a shock.</summary>
    [Theory]
    [InlineData("the fan makes an electric buzzing noise", "en-GB")]
    [InlineData("太麻烦了，手机上打字好累", "zh-CN")]
    public void ABuzzingSoundIsNoHazard(string text, string locale) => Assert.Null(Interpret(text, locale).Hazard);

    /// <summary>Unstable power in other words: a building's supply, flickering lights, 电不稳.</summary>
    [Theory]
    [InlineData("the electrician told us the voltage in that block is unstable", "en-GB")]
    [InlineData("the power in her old building is all over the place, the lights keep dimming", "en-GB")]
    [InlineData("our lights flicker and dim all the time there", "en-GB")]
    [InlineData("他们那栋老楼电压不太稳，灯老是一闪一闪的", "zh-CN")]
    [InlineData("老小区电不稳定", "zh-CN")]
    public void AnUnstableSupplyIsVoltage(string text, string locale) =>
        Assert.True(Interpret(text, locale).Causes.GetValueOrDefault("VOLTAGE"), text);

    /// <summary>A consumable the customer suspects, asked as a question about its wear, is the consumable.</summary>
    [Theory]
    [InlineData("the letters are really pale now, is the ribbon worn out?", "en-GB")]
    [InlineData("could it be the ribbon? it's gone grey", "en-GB")]
    [InlineData("色带是不是用完了", "zh-CN")]
    [InlineData("那条带子都发白了，是不是带子不行了", "zh-CN")]
    [InlineData("是不是色带该换了", "zh-CN")]
    public void ASuspectedWornConsumableIsNamed(string text, string locale) => Assert.NotNull(Interpret(text, locale).Consumable);

    /// <summary>"We got someone in to open it": no request for a person.</summary>
    [Theory]
    [InlineData("好吧，是我们自己找人拆的")]
    [InlineData("当时是找人修的，不是你们的人")]
    public void SomeoneTheyGotInIsNoRequestForAPerson(string text) => Assert.NotEqual(Intent.Human, Interpret(text, "zh-CN").Intent);

    /// <summary>Not knowing whether it was knocked is not a denial: the circumstance stays unknown.</summary>
    [Theory]
    [InlineData("I honestly can't say whether anyone knocked it", "en-GB")]
    [InlineData("no idea if it got bumped, I wasn't there", "en-GB")]
    [InlineData("我不知道有没有被碰过", "zh-CN")]
    public void NotKnowingIsNoDenial(string text, string locale) =>
        Assert.False(Interpret(text, locale).Causes.ContainsKey("USER_DAMAGE"), text);

    /// <summary>An age "this year" is no date.</summary>
    [Theory]
    [InlineData("我爸今年七十四了，耳朵不太好", "zh-CN")]
    [InlineData("我今年也六十七了", "zh-CN")]
    [InlineData("she turns 90 this year", "en-GB")]
    public void AnAgeThisYearIsNoDate(string text, string locale) => Assert.Empty(Interpret(text, locale).Dates);

    /// <summary>Opened after it had gone wrong: the customer claims the fault came first.</summary>
    [Theory]
    [InlineData("拆之前它就已经打不着了", "zh-CN")]
    [InlineData("不是我拆坏的，拆开之前就不行了", "zh-CN")]
    [InlineData("it had already stopped working before I opened it up", "en-GB")]
    [InlineData("it was dead before I ever took the panel off", "en-GB")]
    public void BrokenBeforeItWasOpenedIsAQualityClaim(string text, string locale) => Assert.True(Interpret(text, locale).ClaimsQualityFault, text);

    /// <summary>A fault named only as what an earlier repair was for is history, not the fault now.</summary>
    [Theory]
    [InlineData("这个灶前年还修过一次打不着火，是你们的人修的", "zh-CN", "NO_IGNITION")]
    [InlineData("your engineer came out in the spring for the leak", "en-GB", "LEAK")]
    public void AFaultAnEarlierRepairWasForIsHistory(string text, string locale, string fault)
    {
        var heard = Interpret(text, locale);
        Assert.DoesNotContain(fault, heard.Symptoms);
        Assert.Contains(fault, heard.RepairedBefore);
    }

    /// <summary>The same fault said again outside the repair is the fault now.</summary>
    [Theory]
    [InlineData("修过两次打不着火了，现在又打不着了", "zh-CN", "NO_IGNITION")]
    [InlineData("it was repaired for a leak in May and now it's leaking again", "en-GB", "LEAK")]
    public void TheSameFaultAgainIsTheFaultNow(string text, string locale, string fault) => Assert.Contains(fault, Interpret(text, locale).Symptoms);

    [Theory]
    [InlineData("色带是不是坏了")]
    [InlineData("会不会是色带坏了")]
    public void ARibbonAskedAboutIsTheRibbon(string text) => Assert.Equal("RIBBON", Interpret(text, "zh-CN").Consumable);

    /// <summary>"Mended" is a repair, also beside the guarantee.</summary>
    [Theory]
    [InlineData("I'd like the burner mended, it's still under guarantee I think")]
    [InlineData("can you send someone to mend it")]
    public void MendedIsARepair(string text)
    {
        var heard = Interpret(text, "en-GB");
        Assert.Equal(DesiredOutcome.Repair, heard.Wants);
        Assert.NotEqual(Intent.WarrantyQuestion, heard.Intent);
    }

    /// <summary>Sentences that make the phrase tables try many word runs and fail (the shape that threw in .NET 10's compiled
    /// lazy loops, ADR 0047) are read, and read right: no unstable supply, no hazard.</summary>
    [Theory]
    [InlineData("when the electricity came back there was a loud bang from the power strip and now the heater is dead")]
    [InlineData("the power in the flat came back on later and it was working fine for a while")]
    [InlineData("the electrics were redone last year by a proper electrician and the supply was checked")]
    public void ARunOfWordsThatIsNoCircumstanceIsReadAsNone(string text)
    {
        var heard = Interpret(text, "en-GB");
        Assert.False(heard.Causes.GetValueOrDefault("VOLTAGE"), text);
        Assert.Null(heard.Hazard);
    }
}
