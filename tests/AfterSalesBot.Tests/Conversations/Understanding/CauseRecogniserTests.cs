using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

public class CauseRecogniserTests
{
    [Theory]
    [InlineData("I dropped it yesterday", "USER_DAMAGE", true)]
    [InlineData("I never dropped it", "USER_DAMAGE", false)]
    [InlineData("it broke after I dropped it", "USER_DAMAGE", true)]
    [InlineData("小孩不小心摔了", "USER_DAMAGE", true)]
    [InlineData("没摔过", "USER_DAMAGE", false)]
    [InlineData("there was a power surge", "VOLTAGE", true)]
    [InlineData("no power surge or anything", "VOLTAGE", false)]
    [InlineData("电压不稳，跳闸了", "VOLTAGE", true)]
    [InlineData("we fitted non-original parts", "MODIFICATION", true)]
    [InlineData("我没改装过", "MODIFICATION", false)]
    [InlineData("a handyman repaired it", "UNAUTHORISED_REPAIR", true)]
    [InlineData("之前找外面修过", "UNAUTHORISED_REPAIR", true)]
    [InlineData("从来没找外面修过", "UNAUTHORISED_REPAIR", false)]
    [InlineData("I opened it up to look", "DISASSEMBLY", true)]
    [InlineData("didn't open it", "DISASSEMBLY", false)]
    [InlineData("我自己拆开过", "DISASSEMBLY", true)]
    [InlineData("没有拆过", "DISASSEMBLY", false)]
    [InlineData("the house was flooded", "FORCE_MAJEURE", true)]
    [InlineData("雷击以后坏了", "FORCE_MAJEURE", true)]
    [InlineData("no - voltage is fine, it's on a UPS, never dropped, nobody opened it", "VOLTAGE", false)]
    [InlineData("电压也正常，没摔过", "VOLTAGE", false)]
    [InlineData("my brother-in-law tightened the pipe joint", "UNAUTHORISED_REPAIR", true)]
    [InlineData("a plumber tightened the fitting last week", "UNAUTHORISED_REPAIR", true)]
    // Spilt liquid, as people say it: the admission wins over a denial of something else of the same clause.
    [InlineData("对 就是我们会计自己不小心洒的茶水 没摔过 也没拆过 没别的原因", "USER_DAMAGE", true)]
    [InlineData("我们会计不小心把一杯茶打翻在针式打印机上了", "USER_DAMAGE", true)]
    [InlineData("孩子把牛奶泼到面板上了", "USER_DAMAGE", true)]
    [InlineData("yes it got wet, my son knocked his juice over it. never dropped though", "USER_DAMAGE", true)]
    [InlineData("it never got wet", "USER_DAMAGE", false)]
    [InlineData("没进过水，也没摔过", "USER_DAMAGE", false)]
    [InlineData("yeah some coffee went into it", "USER_DAMAGE", true)]
    public void ReadsACauseWithItsPolarity(string text, string code, bool happened)
    {
        var causes = Interpret(text).Causes;

        Assert.True(causes.TryGetValue(code, out var actual), $"{code} not found in '{text}'");
        Assert.Equal(happened, actual);
    }

    [Theory]
    [InlineData("we had a power surge during the storm on Sunday and since then it won't turn on")]
    [InlineData("there was a big thunderstorm last night, the voltage spiked and now it's dead")]
    [InlineData("前天打雷，家里跳闸了，之后就开不了机")]
    [InlineData("暴雨那天电压不稳，后来就坏了")]
    public void APowerSurgeInAStormIsVoltageNotForceMajeure(string text)
    {
        var causes = Interpret(text).Causes;

        Assert.True(causes["VOLTAGE"]);
        Assert.False(causes.GetValueOrDefault("FORCE_MAJEURE"));
    }

    [Theory]
    [InlineData("lightning struck the house and there was a surge")]
    [InlineData("the basement flooded in the storm")]
    [InlineData("被雷击了，跳闸了")]
    public void DamageByTheWeatherItselfStaysForceMajeure(string text)
    {
        Assert.True(Interpret(text).Causes["FORCE_MAJEURE"]);
    }

    [Fact]
    public void ANegationEndsWithItsClause()
    {
        var english = Interpret("I didn't drop it but there was a power surge").Causes;
        var chinese = Interpret("我没摔，但是拆开过").Causes;

        Assert.Equal(new Dictionary<string, bool> { ["USER_DAMAGE"] = false, ["VOLTAGE"] = true }, english);
        Assert.Equal(new Dictionary<string, bool> { ["USER_DAMAGE"] = false, ["DISASSEMBLY"] = true }, chinese);
    }

    [Fact]
    public void OneNegationCoversTheListAfterIt()
    {
        var causes = Interpret("I haven't dropped it or opened it").Causes;

        Assert.Equal(new Dictionary<string, bool> { ["USER_DAMAGE"] = false, ["DISASSEMBLY"] = false }, causes);
    }

    [Fact]
    public void AnUnauthorisedRepairIsNotAWishForARepair()
    {
        var interpretation = Interpret("之前找外面修过一次");

        Assert.Null(interpretation.Wants);
        Assert.True(interpretation.Causes["UNAUTHORISED_REPAIR"]);
    }

    [Theory]
    [InlineData("热水器进水口那里一直滴水")]
    [InlineData("the water inlet hose drips")]
    [InlineData("进水阀关不紧")]
    [InlineData("the water gets in slowly, pressure is low")]
    public void TheWaterAHeaterTakesInIsNotSpiltWater(string text)
    {
        Assert.False(Interpret(text).Causes.ContainsKey("USER_DAMAGE"));
    }
}
