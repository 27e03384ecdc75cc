using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// Issue 12, twenty-fourth round (2026-12-05): what the round-48/49/50/51 strangers' customers typed that the interpreter
/// misread, in other words. Terse typers (a thumbs-up, "new one pls"), an outside repairer "not from your company", a
/// bucket of water knocked over by the cleaner, and an idiom that is no symptom.
/// </summary>
public sealed class RoundFortyEightUnderstandingTests
{
    /// <summary>A thumbs-up, an OK hand or a tick is a yes; a thumbs-down or a cross is a no.</summary>
    [Theory]
    [InlineData("👍", "en-GB")]
    [InlineData("👍🏻", "en-GB")]
    [InlineData("👌", "zh-CN")]
    [InlineData("✅", "zh-CN")]
    [InlineData("👍 thx", "en-GB")]
    public void AThumbsUpIsAYes(string text, string locale) =>
        Assert.Equal(Intent.Yes, Interpret(text, locale).Intent);

    /// <summary>Chat spellings: 对滴 is a yes, "木有 都好好的" a no.</summary>
    [Theory]
    [InlineData("对滴", Intent.Yes)]
    [InlineData("是哒", Intent.Yes)]
    [InlineData("木有 都好好的", Intent.No)]
    [InlineData("无", Intent.No)]
    [InlineData("都无。", Intent.No)]
    public void ChatSpellingsOfYesAndNo(string text, Intent intent) =>
        Assert.Equal(intent, Interpret(text, "zh-CN").Intent);

    /// <summary>"n", and a "no" before a spaced dash, are a no; "no-one" opens a statement.</summary>
    [Theory]
    [InlineData("n")]
    [InlineData("no - my mum says nobody has touched it")]
    public void TerseNoIsANo(string text) =>
        Assert.Equal(Intent.No, Interpret(text, "en-GB").Intent);

    [Theory]
    [InlineData("👎", "en-GB")]
    [InlineData("❌", "zh-CN")]
    public void AThumbsDownIsANo(string text, string locale) =>
        Assert.Equal(Intent.No, Interpret(text, locale).Intent);

    /// <summary>"new one pls", "replacement plz": the wish, however short.</summary>
    [Theory]
    [InlineData("new one pls")]
    [InlineData("a new 1 plz")]
    [InlineData("replacement pls")]
    public void ANewOnePleaseIsAReplacement(string text) =>
        Assert.Equal(DesiredOutcome.Replacement, Interpret(text, "en-GB").Wants);

    /// <summary>"(not one of yours)" says who did it, not that nobody did: the opening or repair still happened.</summary>
    [Theory]
    [InlineData("yes, a fellow from the repair place across the road (not one of your people) opened the side panel")]
    [InlineData("an electrician, not from your company, took the cover off to look")]
    public void SomeoneNotFromUsOpeningItIsAdmitted(string text)
    {
        var causes = Interpret(text, "en-GB").Causes;
        Assert.True(causes.GetValueOrDefault("DISASSEMBLY") || causes.GetValueOrDefault("UNAUTHORISED_REPAIR"), text);
    }

    /// <summary>A repair by a shop outside, however many words sit between 外面 and 修.</summary>
    [Theory]
    [InlineData("上个月找了外面一家打印机店的师傅修过一次")]
    [InlineData("其实楼下那个电脑维修店的人给修过，不是你们的人")]
    public void AnOutsideShopsRepairIsAdmitted(string text) =>
        Assert.True(Interpret(text, "zh-CN").Causes.GetValueOrDefault("UNAUTHORISED_REPAIR"), text);

    /// <summary>Water knocked over and splashed onto the unit is water damage owned up to.</summary>
    [Theory]
    [InlineData("阿姨打扫卫生时把水桶踢翻了，水溅到了打印机下面")]
    [InlineData("有，拖地的水溅到机器上了")]
    public void SplashedWaterIsAdmitted(string text) =>
        Assert.True(Interpret(text, "zh-CN").Causes.GetValueOrDefault("USER_DAMAGE"), text);

    /// <summary>"never wet", "it wasn't even damp" deny water; a bare "wet" admits nothing ("wiped it with a wet cloth").</summary>
    [Theory]
    [InlineData("this one was never wet, it's in a dry room", false)]
    [InlineData("it wasn't even damp", false)]
    public void NeverWetDeniesWater(string text, bool admitted) =>
        Assert.Equal(admitted, Interpret(text, "en-GB").Causes.GetValueOrDefault("USER_DAMAGE", true));

    [Fact]
    public void AWetClothAdmitsNothing() =>
        Assert.False(Interpret("I wiped it with a wet cloth", "en-GB").Causes.ContainsKey("USER_DAMAGE"));

    /// <summary>八竿子打不着 ("nothing to do with each other") is an idiom, not a hob that will not light.</summary>
    [Fact]
    public void AnIdiomIsNoIgnitionFault() =>
        Assert.DoesNotContain("NO_IGNITION", Interpret("DC-3020卡纸跟那次洒水八竿子打不着", "zh-CN").Symptoms);
}
