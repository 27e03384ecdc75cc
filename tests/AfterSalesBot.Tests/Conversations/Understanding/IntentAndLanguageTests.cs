using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

public class IntentAndLanguageTests
{
    [Theory]
    [InlineData("the heater is broken", Intent.Complaint)]
    [InlineData("热水器坏了", Intent.Complaint)]
    [InlineData("我要投诉", Intent.Complaint)]
    [InlineData("help", Intent.Help)]
    [InlineData("怎么用", Intent.Help)]
    [InlineData("please help, the heater leaks", Intent.Complaint)]
    [InlineData("cancel", Intent.Cancel)]
    [InlineData("算了", Intent.Cancel)]
    [InlineData("it won't stop beeping and flashing E1", Intent.Complaint)]
    [InlineData("start over", Intent.StartOver)]
    [InlineData("重新开始", Intent.StartOver)]
    [InlineData("restart", Intent.StartOver)]
    [InlineData("my laptop keeps restarting", Intent.Complaint)]
    [InlineData("still noisy after the restart", Intent.Complaint)]
    [InlineData("I reset the router and the software still cannot connect", Intent.Complaint)]
    [InlineData("talk to a person", Intent.Human)]
    [InlineData("sorry, before we go on, could I just speak to an actual person? I'd find that easier", Intent.Human)]
    [InlineData("can i chat with a real staff member pls", Intent.Human)]
    [InlineData("is there a live person i can talk to", Intent.Human)]
    [InlineData("转人工", Intent.Human)]
    [InlineData("找人修过", Intent.Statement)]
    [InlineData("转人工，热水器一直漏水", Intent.Human)]
    [InlineData("where is my repair", Intent.Status)]
    [InlineData("AS-20261122-0007", Intent.Status)]
    [InlineData("进度怎么样", Intent.Status)]
    [InlineData("is it covered?", Intent.WarrantyQuestion)]
    [InlineData("还在保修期吗", Intent.WarrantyQuestion)]
    [InlineData("三包", Intent.WarrantyQuestion)]
    [InlineData("这个是我们自己的问题 修一下大概多少钱", Intent.WarrantyQuestion)]
    [InlineData("换个新的要多少钱", Intent.WarrantyQuestion)]
    [InlineData("thank you", Intent.Thanks)]
    [InlineData("谢谢", Intent.Thanks)]
    [InlineData("hello", Intent.Greeting)]
    [InlineData("您好", Intent.Greeting)]
    [InlineData("hi, my stove won't light", Intent.Complaint)]
    [InlineData("bought it last year in Hangzhou", Intent.Statement)]
    public void FindsTheIntentByPrecedence(string text, Intent intent) => Assert.Equal(intent, Interpret(text).Intent);

    /// <summary>"Never mind" opening a message that goes on with a question or the problem is not a cancel.</summary>
    [Theory]
    [InlineData("算了 还是说中文吧 英文打字太慢 就是那台DC-4525 一开机预热一会就报SC542")]
    [InlineData("算了，先说说你们能怎么处理？")]
    [InlineData("never mind that, the hob still won't light and it clicks all the time")]
    public void NeverMindBeforeTheProblemGoesOn(string text) => Assert.NotEqual(Intent.Cancel, Interpret(text).Intent);

    [Theory]
    [InlineData("ugh this is taking forever, forget it... no wait, don't cancel, I do need this fixed. 18667123309")]
    [InlineData("算了算了……等等，别取消，还是得修")]
    public void ACancelTakenBackInTheSameMessageIsNoCancel(string text) => Assert.NotEqual(Intent.Cancel, Interpret(text).Intent);

    [Theory]
    [InlineData("my stove is broken", "zh-CN", "en")]
    [InlineData("热水器坏了", "en-US", "zh")]
    [InlineData("热水器坏了", null, "zh")]
    [InlineData("my stove is broken", null, "en")]
    [InlineData("my stove is broken", "fr-FR", "en")]
    [InlineData("my 热水器 is leaking", null, "en")]
    [InlineData("JQ525091280", "zh-TW", "zh")]
    [InlineData("13812345678", "en-US", "en")]
    public void TheTextDecidesElseTheLocale(string text, string? locale, string language) =>
        Assert.Equal(language, Interpret(text, locale).Language);

    [Fact]
    public void ReadsAMixedLanguageMessageAsOne()
    {
        var interpretation = Interpret("my JZT-Q5 打不着火 since yesterday, 电话13812345678");

        Assert.Equal(Intent.Complaint, interpretation.Intent);
        Assert.Equal(["JZT-Q5"], interpretation.Models);
        Assert.Equal(["NO_IGNITION"], interpretation.Symptoms);
        Assert.Equal(["2026-11-21"], interpretation.Dates.Select(d => Iso(d.Date)));
        Assert.Equal("13812345678", interpretation.Phone);
    }

    [Fact]
    public void GivesTheSameAnswerOnManyThreadsAtOnce()
    {
        string[] texts = ["燃气灶打不着火，昨天开始的", "I never dropped it, refund please!!", "JQ526093898 去年三月买的", "no"];
        var expected = texts.Select(t => Describe(Interpret(t))).ToArray();

        var actual = Enumerable.Range(0, 400).AsParallel().Select(i => Describe(Interpret(texts[i % texts.Length]))).ToArray();

        Assert.All(actual.Select((a, i) => (a, i)), x => Assert.Equal(expected[x.i % texts.Length], x.a));
    }

    private static string Describe(Interpretation i) =>
        $"{i.Intent}|{string.Join(',', i.Models)}|{i.Serial}|{string.Join(',', i.Dates)}|{string.Join(',', i.Symptoms)}|{string.Join(',', i.Causes)}|{i.Wants}|{i.Anger}";
}
