using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

public class YesNoTests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("Yep")]
    [InlineData("yeah")]
    [InlineData("sure")]
    [InlineData("correct")]
    [InlineData("有的")]
    [InlineData("有过一次")]
    [InlineData("right")]
    [InlineData("ok")]
    [InlineData("That's right.")]
    [InlineData("um, yes please")]
    [InlineData("是")]
    [InlineData("是的")]
    [InlineData("对")]
    [InlineData("对的")]
    [InlineData("没错")]
    [InlineData("好的")]
    [InlineData("好")]
    [InlineData("可以")]
    [InlineData("行")]
    [InlineData("嗯嗯")]
    [InlineData("对对对，就是这个")]
    [InlineData("no problem")]
    [InlineData("没问题")]
    [InlineData("I think so?")]
    [InlineData("i guess so")]
    [InlineData("sure why not")]
    [InlineData("好像是")]
    [InlineData("应该是吧")]
    [InlineData("可以可以")]
    public void ReadsYes(string text) => Assert.Equal(Intent.Yes, Interpret(text).Intent);

    [Theory]
    [InlineData("no")]
    [InlineData("nope")]
    [InlineData("not really")]
    [InlineData("that's wrong")]
    [InlineData("No, it's the water heater")]
    [InlineData("不是")]
    [InlineData("不对")]
    [InlineData("不")]
    [InlineData("没有")]
    [InlineData("不行")]
    [InlineData("不可以")]
    [InlineData("不对，是热水器")]
    [InlineData("嗯，不是")]
    [InlineData("not that I know of")]
    [InlineData("Not as far as I know.")]
    [InlineData("应该没有吧")]
    [InlineData("好像没有")]
    public void ReadsNo(string text) => Assert.Equal(Intent.No, Interpret(text).Intent);

    [Theory]
    [InlineData("no hot water since yesterday")]
    [InlineData("没有热水")]
    [InlineData("不出热水了")]
    [InlineData("ok so the stove won't light and it keeps clicking, what now")]
    public void AProblemThatOpensWithANoWordIsNotANo(string text) => Assert.Equal(Intent.Complaint, Interpret(text).Intent);

    [Theory]
    [InlineData("好像是电源那块坏了")]
    [InlineData("probably the thermostat")]
    [InlineData("差不多一个月前")]
    public void AHedgeOpeningAStatementIsNoAnswer(string text) =>
        Assert.DoesNotContain(Interpret(text).Intent, new[] { Intent.Yes, Intent.No });
}
