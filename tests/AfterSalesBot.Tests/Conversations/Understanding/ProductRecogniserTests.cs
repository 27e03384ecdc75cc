using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

public class ProductRecogniserTests
{
    [Theory]
    [InlineData("my JZT-Q5 is broken", "JZT-Q5")]
    [InlineData("jztq5", "JZT-Q5")]
    [InlineData("the Q5 won't light", "JZT-Q5")]
    [InlineData("Q5燃气灶打不着", "JZT-Q5")] // the model names one of the stoves 燃气灶 could be
    [InlineData("燃气热水器不出热水", "JSQ-H16")] // longest first: not every 热水器
    [InlineData("电热水器漏水", "DSZ-E60")]
    [InlineData("抽油烟机声音大", "CXW-T9")]
    [InlineData("8.0网络版连不上", "CW-N8")]
    [InlineData("Finance Suite 9 network is slow", "CW-N9")]
    [InlineData("my lp-2200 jams", "LP-2200")]
    [InlineData("针式打印机", "ZD-630K")]
    public void NamesTheModel(string text, string model) => Assert.Equal([model], Interpret(text).Models);

    [Theory]
    [InlineData("热水器坏了", "JSQ-H16", "DSZ-E60")]
    [InlineData("my gas stove won't light", "JZT-Q5", "JZT-Q7")]
    [InlineData("the copier is jammed", "DC-3020", "DC-4525")]
    public void AWordSeveralModelsShareNamesThemAll(string text, string first, string second) =>
        Assert.Equal([first, second], Interpret(text).Models);

    [Theory]
    [InlineData("I paid 2200元 for it")]
    [InlineData("花了¥680")]
    [InlineData("my hobby is cooking")]
    [InlineData("serial DC30202510098")]
    public void AnAmountOrAWordInsideAnotherIsNoProduct(string text) => Assert.Empty(Interpret(text).Models);
}
