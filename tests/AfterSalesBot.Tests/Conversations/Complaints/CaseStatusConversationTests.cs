using AfterSalesBot.Bot.Conversations.Complaints;
using AfterSalesBot.Escalation.Approvals;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Case status self-service through the real pipeline, in both languages: the case's own conversation hears it at once,
/// anyone else after the last four digits of the phone on the case; an unknown number and wrong digits sound the same;
/// wrong checks are slowed down (durably, on the injected clock); and the customer is back in the step they were in.
/// </summary>
public sealed class CaseStatusConversationTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private const string Agent = "Li Wei";

    /// <summary>Another customer's case (phone ending 5678), opened from another conversation.</summary>
    private static async Task<string> OtherCustomersCaseAsync(ConversationDriver driver, string conversation = "someone-else")
    {
        var sheet = new CaseSheet { ConversationId = conversation, Model = "JZT-Q5", Phone = "138 1234 5678", Problem = "won't light" };
        var opened = await driver.Get<ICaseDesk>().OpenAsync(new OpenCaseRequest(conversation, "directline", "en-US",
            EscalationReason.CustomerAskedForPerson, CasePriority.Normal, sheet, 24, 48), None);
        return opened.Number;
    }

    private static string Said(IEnumerable<Bot.Schema.Activity> replies) => string.Join("\n", replies.Select(r => r.Text));

    private static async Task<string> AskAsync(ConversationDriver driver, string text) => Said(await driver.SayAsync(text));

    private static bool Zh(string locale) => locale.StartsWith("zh", StringComparison.Ordinal);

    [Theory]
    [InlineData("en-US", "any news on my complaint?", "Case {0} is waiting for a colleague: you are number 1 in the queue")]
    [InlineData("zh-CN", "我的投诉怎么样了", "案件 {0} 正在等待同事接手，您目前排在第 1 位")]
    public async Task TheCasesOwnConversationHearsItWithoutACheck(string locale, string question, string expected)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(Zh(locale) ? "我的Q5燃气灶昨天开始打不着火了" : "My Q5 gas stove won't light since yesterday");
        await driver.SayAsync(Zh(locale) ? "转人工" : "talk to a person");
        var number = (await driver.StateAsync()).CaseNumber!;

        Assert.Contains(string.Format(expected, number), await AskAsync(driver, question));
        Assert.Contains(string.Format(expected, number), await AskAsync(driver, (Zh(locale) ? "查询进度 " : "what is happening with ") + number));
        Assert.Equal(Escalated, (await driver.StateAsync()).Step);
    }

    public static TheoryData<string, string[]> RightDigits => new()
    {
        { "en-US", ["My printer keeps jamming", "that's all", "yes", "What is happening with {case}?", "5678", "LP22XX999999"] },
        { "zh-CN", ["打印机老是卡纸", "就这些", "对", "我的投诉 {case} 怎么样了", "尾号5678", "LP22XX999999"] },
    };

    [Theory]
    [MemberData(nameof(RightDigits))]
    public async Task AnotherConversationHearsTheStatusAfterTheRightDigitsAndIsBackWhereItWas(string locale, string[] say)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        var number = await OtherCustomersCaseAsync(driver);
        var zh = Zh(locale);
        for (var i = 0; i < 3; i++) await driver.SayAsync(say[i]);
        Assert.Equal((Gathering, FactQuestion.Serial), ((await driver.StateAsync()).Step, (await driver.StateAsync()).Asking));

        var asked = await AskAsync(driver, say[3].Replace("{case}", number, StringComparison.Ordinal));
        Assert.Contains(zh ? $"请发送案件 {number} 登记的手机号码的后四位" : $"please send the last four digits of the phone number given for case {number}", asked);
        Assert.DoesNotContain(zh ? "排在" : "queue", asked);

        var shown = await AskAsync(driver, say[4]);
        Assert.Contains(zh ? $"案件 {number} 正在等待同事接手，您目前排在第 1 位" : $"Case {number} is waiting for a colleague: you are number 1 in the queue", shown);
        Assert.Contains(zh ? "我们接着刚才的" : "Back to where we were", shown);
        var state = await driver.StateAsync();
        Assert.Equal((Gathering, FactQuestion.Serial, null), (state.Step, state.Asking, state.Serial));

        // The digits were not taken as an answer to the question that stood; the next answer is.
        Assert.Contains(zh ? "请核对后再试一次" : "try again", await AskAsync(driver, say[5]));
    }

    [Theory]
    [InlineData("en-US", "status of {0}", "I could not find a case {0} with those phone digits")]
    [InlineData("zh-CN", "查一下{0}的进展", "没有找到与这个手机尾号相符的案件 {0}")]
    public async Task AnUnknownNumberAndWrongDigitsGetTheSameAnswer(string locale, string question, string noMatch)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        var number = await OtherCustomersCaseAsync(driver);
        const string unknown = "AS-20200101-0001";

        var askedKnown = await AskAsync(driver, string.Format(question, number));
        var wrong = await AskAsync(driver, "1111");
        var askedUnknown = await AskAsync(driver, string.Format(question, unknown));
        var missing = await AskAsync(driver, "5678");

        Assert.Equal(askedKnown.Replace(number, "#", StringComparison.Ordinal), askedUnknown.Replace(unknown, "#", StringComparison.Ordinal));
        Assert.Equal(wrong.Replace(number, "#", StringComparison.Ordinal), missing.Replace(unknown, "#", StringComparison.Ordinal));
        Assert.Contains(string.Format(noMatch, number), wrong);
        Assert.Equal(Idle, (await driver.StateAsync()).Step);
    }

    [Theory]
    [InlineData("en-US", "any update on my case?", "send its number", "I don't know it", "Without the case number")]
    [InlineData("zh-CN", "查询进度", "请发送案件号", "不知道", "没有案件号我无法查询")]
    public async Task WithoutANumberTheBotAsksForItAndLetsGoWhenNoneComes(string locale, string question, string ask, string noAnswer, string letGo)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        var number = await OtherCustomersCaseAsync(driver);

        Assert.Contains(ask, await AskAsync(driver, question));
        Assert.Contains(letGo, await AskAsync(driver, noAnswer));
        Assert.Null((await driver.StateAsync()).StatusCheck);

        Assert.Contains(ask, await AskAsync(driver, question));
        Assert.Contains(Zh(locale) ? "后四位" : "last four digits", await AskAsync(driver, number));
        Assert.Contains(number, await AskAsync(driver, "5678"));
    }

    [Theory]
    [InlineData("en-US", "status of {0}", "the next check is possible from", "I cannot check cases right now")]
    [InlineData("zh-CN", "查一下{0}的进展", "下次查询请在", "暂时无法查询案件")]
    public async Task RepeatedWrongChecksAreSlowedDownAcrossARestartAndReleasedAfterTheWindow(string locale, string question, string warned, string refused)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var driver = await ConversationDriver.StartAsync(locale, clock);
        var number = await OtherCustomersCaseAsync(driver);
        var ask = string.Format(question, number);

        for (var i = 1; i <= 3; i++)
        {
            await driver.SayAsync(ask);
            var answer = await AskAsync(driver, "000" + i);
            Assert.Equal(i == 3, answer.Contains(warned, StringComparison.Ordinal));
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        await driver.RestartAsync();
        var throttled = await AskAsync(driver, ask);
        Assert.Contains(refused, throttled);
        Assert.DoesNotContain(Zh(locale) ? "后四位" : "last four digits", throttled);

        clock.Advance(TimeSpan.FromMinutes(13)); // 15 minutes after the first wrong check
        Assert.Contains(Zh(locale) ? "后四位" : "last four digits", await AskAsync(driver, ask));
        Assert.Contains(Zh(locale) ? "排在第 1 位" : "number 1 in the queue", await AskAsync(driver, "5678"));
    }

    public static TheoryData<string, string[]> Lifecycle => new()
    {
        { "en-US", ["is waiting for a colleague", "A colleague from our service team is working on case", "has asked you a question",
            "is waiting for a supervisor to approve it", "was resolved on", "Igniter replaced", "was reopened and is back in the queue", "is closed",
            "the agreed remedy (Free repair of the igniter) is being arranged. It is due by"] },
        { "zh-CN", ["正在等待同事接手", "客服同事正在处理案件", "向您提了一个问题", "正在等待主管审批", "已于", "Igniter replaced", "已重新打开", "已结案",
            "商定的处理方案（Free repair of the igniter）正在安排中"] },
    };

    [Theory]
    [MemberData(nameof(Lifecycle))]
    public async Task EachLifecycleStateIsToldInPlainWords(string locale, string[] expected)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        var number = await OtherCustomersCaseAsync(driver);
        var queue = driver.Get<CaseQueue>();
        var question = (Zh(locale) ? "查询进度 " : "status of ") + number;
        // The digits are asked once: a conversation that gave them hears the case's status from then on.
        var proved = false;
        async Task<string> StatusAsync()
        {
            var heard = await AskAsync(driver, question);
            if (proved) return heard;
            proved = true;
            return await AskAsync(driver, "5678");
        }

        Assert.Contains(expected[0], await StatusAsync());
        Assert.True((await queue.TakeAsync(number, Agent, 5, None)).Succeeded);
        Assert.Contains(expected[1], await StatusAsync());
        Assert.True((await queue.AwaitCustomerAsync(number, Agent, None)).Succeeded);
        Assert.Contains(expected[2], await StatusAsync());
        Assert.True((await queue.CustomerRepliedAsync(number, None)).Succeeded);
        var approvals = new ApprovalDesk(driver.Get<IDbContextFactory<EscalationDbContext>>(), TimeProvider.System);
        Assert.True((await approvals.RequestAsync(number, Agent, new SheetRemedy("Goodwill", 300m, "CNY", "Supervisor", "300 yuan credit"),
            "company fault", None)).Succeeded);
        Assert.Contains(expected[3], await StatusAsync());
        var id = (await approvals.ListAsync(true, number, None)).Single().Id;
        Assert.True((await approvals.DecideAsync(id, "boss", true, null, None)).Succeeded);
        Assert.True((await queue.ResolveAsync(number, Agent, "Igniter replaced", None)).Succeeded);
        var resolved = await StatusAsync();
        Assert.Contains(expected[4], resolved);
        Assert.Contains(expected[5], resolved);
        Assert.True((await queue.ReopenAsync(number, "boss", None)).Succeeded);
        Assert.Contains(expected[6], await StatusAsync());
        await using (var db = driver.Get<IDbContextFactory<EscalationDbContext>>().CreateDbContext())
            await db.Cases.Where(c => c.Number == number).ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, CaseStatus.Closed)); // closing is issue 6 part A's
        Assert.Contains(expected[7], await StatusAsync());

        var agreed = await driver.Get<ICaseDesk>().RecordAgreementAsync(new AgreementRequest("someone-else", "directline", "en-US", "bot",
            new SheetRemedy("FreeRepair", 0m, "CNY", "Bot", "Free repair of the igniter"), "KITCHEN-STD", 3, DateTimeOffset.UtcNow.AddMinutes(-1),
            DateTimeOffset.UtcNow, new CaseSheet { ConversationId = "someone-else", Phone = "13812345678" }, 24), None);
        await driver.SayAsync((Zh(locale) ? "查询进度 " : "status of ") + agreed.Number);
        Assert.Contains(expected[8], await AskAsync(driver, "5678"));
    }
}
