using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

public class HazardRecogniserTests
{
    [Theory]
    [InlineData("灶台起火了", SafetyHazard.Fire)]
    [InlineData("着火了！", SafetyHazard.Fire)]
    [InlineData("the stove caught fire", SafetyHazard.Fire)]
    [InlineData("热水器冒烟了", SafetyHazard.Smoke)]
    [InlineData("smoke coming out of the hood", SafetyHazard.Smoke)]
    [InlineData("厨房有煤气味", SafetyHazard.GasLeak)]
    [InlineData("好像漏气了", SafetyHazard.GasLeak)]
    [InlineData("燃气泄漏", SafetyHazard.GasLeak)]
    [InlineData("I can smell gas", SafetyHazard.GasLeak)]
    [InlineData("洗澡时触电了", SafetyHazard.ElectricShock)]
    [InlineData("热水器漏电", SafetyHazard.ElectricShock)]
    [InlineData("it gave me an electric shock", SafetyHazard.ElectricShock)]
    [InlineData("我手烫伤了", SafetyHazard.Injury)]
    [InlineData("my dad got hurt", SafetyHazard.Injury)]
    [InlineData("热水器爆炸了", SafetyHazard.Explosion)]
    [InlineData("the glass top exploded", SafetyHazard.Explosion)]
    [InlineData("there was a loud bang from the water heater when it lit", SafetyHazard.Explosion)]
    public void ReportsTheHazard(string text, SafetyHazard hazard) => Assert.Equal(hazard, Interpret(text).Hazard);

    [Theory]
    [InlineData("燃气灶打不着火")]
    [InlineData("点不着火")]
    [InlineData("the flame goes out after a few seconds")]
    [InlineData("油烟机抽不走油烟")]
    [InlineData("没有煤气味")]
    [InlineData("stove won't light but there's no gas smell")]
    [InlineData("自动熄火")]
    [InlineData("When the electricity came back there was a loud bang from the power strip and now the LP-2200 won't turn on at all.")]
    public void AFaultThatSoundsLikeAHazardIsNotOne(string text) => Assert.Null(Interpret(text).Hazard);

    [Fact]
    public void AGasSmellIsBothTheSymptomAndTheHazard()
    {
        var interpretation = Interpret("I smell gas near the hob");

        Assert.Equal(SafetyHazard.GasLeak, interpretation.Hazard);
        Assert.Contains("GAS_SMELL", interpretation.Symptoms);
        Assert.DoesNotContain("LEAK", interpretation.Symptoms);
    }

    [Fact]
    public void AHazardNeverHidesTheIntent()
    {
        var interpretation = Interpret("起火了，快转人工");

        Assert.Equal(Intent.Human, interpretation.Intent);
        Assert.Equal(SafetyHazard.Fire, interpretation.Hazard);
    }
}
