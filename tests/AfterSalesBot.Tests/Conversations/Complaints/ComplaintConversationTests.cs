using AfterSalesBot.Bot.Conversations.Complaints;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Conversations as tables of utterances and expected replies and steps, replayed through the real turn pipeline
/// with the demo knowledge (dates rebased to today). Serials are from knowledge/demo/README.md "Try these".
/// </summary>
public sealed class ComplaintConversationTests
{
    private const string InWarranty = "JQ525091280";      // Q5 hob, sold 364 days ago
    private const string SoldToday = "JQ526093898";       // Q5 hob, sold today: inside 7 days
    private const string Expired = "YT925119853";         // T9 hood, sold 366 days ago

    public static TheoryData<ConversationScript> Scripts => new()
    {
        new("happy path in warranty (en)", "en-US",
        [
            new("My Q5 gas stove won't light since yesterday, really annoying", "Is that correct?", Confirming),
            new("I cook every day and now I can't", "Is that correct?", Confirming),
            new("that's all", "Is that correct?", Confirming),
            new("yes", "serial number", Gathering),
            new(InWarranty, "dropped", Gathering),
            new("no, never", "What would you like us to do", Gathering),
            new("repair it please", "phone number", Gathering),
            new("13812345678", "Good news: this is covered", AwaitingAgreement),
            new("yes", "recorded our agreement under case AS-", Agreed),
        ]),
        new("happy path in warranty (zh)", "zh-CN",
        [
            new("我的Q5燃气灶昨天开始打不着火了，太气人了", "对吗", Confirming),
            new("就这些", "对吗", Confirming),
            new("对", "机身号码", Gathering),
            new(InWarranty, "摔过", Gathering),
            new("没有", "您希望我们怎么处理", Gathering),
            new("维修", "电话号码", Gathering),
            new("13812345678", "好消息", AwaitingAgreement),
            new("好的", "处理协议", Agreed),
        ]),
        new("seven-day return (en)", "en-US",
        [
            new("The gas hob I bought is faulty, it won't light", "Is that correct?", Confirming),
            new("that's all", "Is that correct?", Confirming),
            new("yes", "serial number", Gathering),
            new(SoldToday, "When did the problem start", Gathering),
            new("today", "dropped", Gathering),
            new("no", "What would you like us to do", Gathering),
            new("I want a refund", "phone number", Gathering),
            new("13812345678", "refund", AwaitingAgreement),
            new("yes", "case AS-", Agreed),
        ]),
        new("exclusion cited (en)", "en-US",
        [
            new("My Q5 hob won't light", "Is that correct?", Confirming),
            new("that's all", "Is that correct?", Confirming),
            new("yes", "serial number", Gathering),
            new(InWarranty, "When did the problem start", Gathering),
            new("2 days ago", "dropped", Gathering),
            new("yes, I dropped it on the floor", "What would you like us to do", Gathering),
            new("repair", "phone number", Gathering),
            new("13812345678", "caused by the user", AwaitingAgreement),
        ]),
        new("out of warranty (zh)", "zh-CN",
        [
            new("我家的烟机噪音特别大", "对吗", Confirming),
            new("没了", "对吗", Confirming),
            new("对的", "机身号码", Gathering),
            new(Expired, "什么时候开始", Gathering),
            new("今天", "摔过", Gathering),
            new("没有", "您希望我们怎么处理", Gathering),
            new("维修", "电话号码", Gathering),
            new("13912345678", "不在免费保修范围内", AwaitingAgreement),
        ]),
        new("correction at confirmation (en)", "en-US",
        [
            new("My water heater is leaking", "Is that correct?", Confirming),
            new("that's all", "Is that correct?", Confirming),
            new("no", "what I missed", Listening),
            new("It's the gas water heater, and it gives no hot water either", "gives no hot water. Is that correct?", Confirming),
            new("that's all", "Is that correct?", Confirming),
        ]),
        new("re-prompt, then a person (en)", "en-US",
        [
            new("My printer keeps jamming", "Is that correct?", Confirming),
            new("that's all", "Is that correct?", Confirming),
            new("yes", "serial number", Gathering),
            new("ABC", "doesn't look like a serial", Gathering),
            new("LP22XX999999", "try again", Gathering),
            new("hmm", "a colleague", Gathering),
            new("talk to a person", "case AS-", Escalated),
        ]),
        new("interruption and resume (zh)", "zh-CN",
        [
            new("打印机老是卡纸", "对吗", Confirming),
            new("就这些", "对吗", Confirming),
            new("对", "机身号码", Gathering),
            new("帮助", "我们接着刚才的", Gathering),
        ]),
        new("rejected twice (en)", "en-US",
        [
            new("My new Q5 gas hob won't light", "Is that correct?", Confirming),
            new("that's all", "Is that correct?", Confirming),
            new("yes", "serial number", Gathering),
            new(SoldToday, "When did the problem start", Gathering),
            new("today", "dropped", Gathering),
            new("no", "What would you like us to do", Gathering),
            new("repair", "phone number", Gathering),
            new("13812345678", "Would you like that?", AwaitingAgreement),
            new("no", "another option", AwaitingAgreement),
            new("no", "more authority", Escalated),
        ]),
        new("safety (en)", "en-US",
        [
            new("There's a strong smell of gas from my stove!", "turn off the gas valve", Escalated),
        ]),
        new("safety twice opens one case (en)", "en-US",
        [
            new("There's a strong smell of gas from my stove!", "top priority", Escalated),
            new("it still smells of gas", "is waiting for a colleague: you are number 1", Escalated),
        ]),
        new("no product named: the bot asks which (en)", "en-US",
        [
            new("It stopped working this morning and I'm fed up", "listening", Listening),
            new("that's all", "Is that correct?", Confirming),
            new("yes", "Which product is it?", Gathering),
            new("the Q5 gas hob", "serial number", Gathering),
        ]),
        new("an ambiguous product is not guessed (zh)", "zh-CN",
        [
            new("我的热水器漏水了", "对吗", Confirming),
            new("就这些", "您的产品漏水", Confirming),
        ]),
        new("safety (zh)", "zh-CN",
        [
            new("热水器冒烟了", "119", Escalated),
        ]),
        new("started in warranty, reported after: a person reviews it (zh)", "zh-CN",
        [
            new("我家的烟机噪音特别大", "对吗", Confirming),
            new("就这些", "对吗", Confirming),
            new("对", "机身号码", Gathering),
            new(Expired, "什么时候开始", Gathering),
            new("上周", "摔过", Gathering),
            new("没有", "您希望我们怎么处理", Gathering),
            new("维修", "电话号码", Gathering),
            new("13912345678", "同事复核", Escalated),
        ]),
        new("seven-day return (zh)", "zh-CN",
        [
            new("刚买的燃气灶打不着火", "对吗", Confirming),
            new("就这些", "对吗", Confirming),
            new("对", "机身号码", Gathering),
            new(SoldToday, "什么时候开始", Gathering),
            new("今天", "摔过", Gathering),
            new("没有", "您希望我们怎么处理", Gathering),
            new("我要退货", "电话号码", Gathering),
            new("13812345678", "退", AwaitingAgreement),
            new("好的", "案件号 AS-", Agreed),
        ]),
        new("exclusion cited (zh)", "zh-CN",
        [
            new("我的Q5灶打不着火", "对吗", Confirming),
            new("就这些", "对吗", Confirming),
            new("对", "机身号码", Gathering),
            new(InWarranty, "什么时候开始", Gathering),
            new("前天", "摔过", Gathering),
            new("摔过一次", "您希望我们怎么处理", Gathering),
            new("维修", "电话号码", Gathering),
            new("13812345678", "因用户自身原因", AwaitingAgreement),
        ]),
        new("out of warranty (en)", "en-US",
        [
            new("My range hood is really noisy", "Is that correct?", Confirming),
            new("that's all", "Is that correct?", Confirming),
            new("yes", "serial number", Gathering),
            new(Expired, "When did the problem start", Gathering),
            new("today", "dropped", Gathering),
            new("no", "What would you like us to do", Gathering),
            new("repair", "phone number", Gathering),
            new("13912345678", "isn't covered free of charge", AwaitingAgreement),
        ]),
        new("correction at confirmation (zh)", "zh-CN",
        [
            new("热水器漏水了", "对吗", Confirming),
            new("就这些", "对吗", Confirming),
            new("不对", "哪里不对", Listening),
            new("是燃气热水器，而且不出热水", "不出热水。对吗", Confirming),
            new("就这些", "对吗", Confirming),
        ]),
        new("re-prompt, then a person (zh)", "zh-CN",
        [
            new("打印机老是卡纸", "对吗", Confirming),
            new("就这些", "对吗", Confirming),
            new("对", "机身号码", Gathering),
            new("ABC", "不像机身号码", Gathering),
            new("LP22XX999999", "请核对后再试一次", Gathering),
            new("嗯", "转人工", Gathering),
            new("转人工", "案件号 AS-", Escalated),
        ]),
        new("interruption and resume (en)", "en-US",
        [
            new("My printer keeps jamming", "Is that correct?", Confirming),
            new("that's all", "Is that correct?", Confirming),
            new("yes", "serial number", Gathering),
            new("what can you do", "Back to where we were", Gathering),
        ]),
        new("rejected twice (zh)", "zh-CN",
        [
            new("刚买的Q5燃气灶打不着火", "对吗", Confirming),
            new("就这些", "对吗", Confirming),
            new("对", "机身号码", Gathering),
            new(SoldToday, "什么时候开始", Gathering),
            new("今天", "摔过", Gathering),
            new("没有", "您希望我们怎么处理", Gathering),
            new("维修", "电话号码", Gathering),
            new("13812345678", "您看可以吗", AwaitingAgreement),
            new("不行", "另一个方案", AwaitingAgreement),
            new("不行", "更高一级", Escalated),
        ]),
        new("no serial: a person finds the purchase (en)", "en-US",
        [
            new("My printer keeps jamming", "Is that correct?", Confirming),
            new("that's all", "Is that correct?", Confirming),
            new("yes", "serial number", Gathering),
            new("I don't know, I lost the invoice", "inside the front door", Gathering),
            new("no, sorry, I really can't find it", "review it", Escalated),
        ]),
        new("no serial: a person finds the purchase (zh)", "zh-CN",
        [
            new("打印机老是卡纸", "对吗", Confirming),
            new("就这些", "对吗", Confirming),
            new("对", "机身号码", Gathering),
            new("不知道", "前门内侧", Gathering),
            new("还是找不到", "同事复核", Escalated),
        ]),
        new("cancel (zh)", "zh-CN",
        [
            new("烟机吸力太小了", "对吗", Confirming),
            new("算了", "先到这里", Abandoned),
        ]),
        new("warranty question while listening (en)", "en-US",
        [
            new("My Q5 gas stove won't light", "Is that correct?", Confirming),
            new("how long is the warranty?", "12 months of warranty", Confirming),
            new("that's all", "Is that correct?", Confirming),
        ]),
        new("start over while gathering (zh)", "zh-CN",
        [
            new("打印机老是卡纸", "对吗", Confirming),
            new("就这些", "对吗", Confirming),
            new("对", "机身号码", Gathering),
            new("重新开始", "我们重新开始", Listening),
        ]),
        new("unreasonable demand, politely declined (en)", "en-US",
        [
            new("My Q5 gas stove won't light since yesterday", "Is that correct?", Confirming),
            new("that's all", "Is that correct?", Confirming),
            new("yes", "serial number", Gathering),
            new(InWarranty, "dropped", Gathering),
            new("no", "What would you like us to do", Gathering),
            new("repair", "phone number", Gathering),
            new("13812345678", "Would you like that?", AwaitingAgreement),
            new("I want 50000 yuan compensation", "more than I can agree to", AwaitingAgreement),
        ]),
        new("a wish beyond the bot's authority goes to a colleague (en)", "en-US",
        [
            new("My Q5 gas stove won't light since yesterday", "Is that correct?", Confirming),
            new("that's all", "Is that correct?", Confirming),
            new("yes", "serial number", Gathering),
            new(InWarranty, "dropped", Gathering),
            new("no", "What would you like us to do", Gathering),
            new("repair", "phone number", Gathering),
            new("13812345678", "Would you like that?", AwaitingAgreement),
            new("I want a new one instead", "approval", Escalated),
        ]),
        new("a date in the future is asked again with the reason (en)", "en-US",
        [
            new("My range hood is really noisy", "Is that correct?", Confirming),
            new("that's all", "Is that correct?", Confirming),
            new("yes", "serial number", Gathering),
            new(Expired, "When did the problem start", Gathering),
            new("2099-01-01", "in the future", Gathering),
            new("yesterday", "dropped", Gathering),
        ]),
        new("cancel (en)", "en-US",
        [
            new("My hood is very noisy", "Is that correct?", Confirming),
            new("cancel", "stopped here", Abandoned),
        ]),
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task EveryPathSaysTheRightThingInTheCustomersLanguage(ConversationScript script)
    {
        await using var driver = await ConversationDriver.StartAsync(script.Locale);
        await script.PlayAsync(driver);
    }

    [Fact]
    public async Task AServerRestartInTheMiddleLosesNothing()
    {
        await using var driver = await ConversationDriver.StartAsync("en-US");
        await new ConversationScript("before restart", "en-US",
        [
            new("My Q5 gas stove won't light since yesterday", "Is that correct?", Confirming),
            new("that's all", "Is that correct?", Confirming),
            new("yes", "serial number", Gathering),
            new(InWarranty, "dropped", Gathering),
        ]).PlayAsync(driver);

        await driver.RestartAsync();

        var state = await driver.StateAsync();
        Assert.Equal(InWarranty, state.Serial);
        Assert.Equal(FactQuestion.Circumstances, state.Asking);
        await new ConversationScript("after restart", "en-US",
        [
            new("no", "What would you like us to do", Gathering),
        ]).PlayAsync(driver);
    }

    [Fact]
    public async Task TheCardAnswersEverythingAtOnce()
    {
        await using var driver = await ConversationDriver.StartAsync("en-US");
        await new ConversationScript("to the card", "en-US",
        [
            new("My Q5 gas stove won't light", "Is that correct?", Confirming),
            new("that's all", "Is that correct?", Confirming),
        ]).PlayAsync(driver);
        var card = (await driver.SayAsync("yes")).Single(r => r.Attachments is { Count: > 0 }).Attachments![0];
        Assert.Equal(FactsCard.ContentType, card.ContentType);
        Assert.Equal("1.5", card.Content!.Value.GetProperty("version").GetString());

        var submit = System.Text.Json.JsonSerializer.SerializeToElement(new
        {
            action = "facts", serial = InWarranty, started = "2026-11-20", circumstances = "NONE", wants = "Repair", phone = "13812345678",
        });
        var replies = await driver.SayAsync("", submit);

        Assert.Contains(replies, r => r.Text!.Contains("Good news", StringComparison.Ordinal));
        Assert.Equal(AwaitingAgreement, (await driver.StateAsync()).Step);
    }

    [Fact]
    public async Task ACustomerHearsTheStatusOfTheirOwnCaseOnly()
    {
        await using var driver = await ConversationDriver.StartAsync("en-US");
        await driver.SayAsync("There's a strong smell of gas from my stove!");
        var number = (await driver.StateAsync()).CaseNumber!;

        var own = await driver.SayAsync($"what is the status of {number}?");
        Assert.Contains(own, r => r.Text!.Contains($"Case {number}", StringComparison.Ordinal));

        // Another number: nothing is said about it before the phone digits are given.
        var other = await driver.SayAsync("what is the status of AS-20200101-0001?");
        Assert.Contains(other, r => r.Text!.Contains("last four digits", StringComparison.Ordinal));
    }
}
