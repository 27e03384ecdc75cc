using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>Edge cases of the live handoff while the bot carries on a handed-back case: a safety message attaches to that
/// case, and an owner who takes the case back just before the customer's "yes" never causes a failed turn.</summary>
public sealed class HandoffEdgeCaseTests
{
    private const string Agent = "Li Wei";
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly SheetRemedy Goodwill = new("Goodwill", 0m, "CNY", "Staff", "a 200 yuan goodwill credit / 200元补偿");

    private static string Said(IEnumerable<Bot.Schema.Activity> replies) => string.Join("\n", replies.Select(r => r.Text));

    /// <summary>Escalated, taken by <see cref="Agent"/>, handed back to propose the goodwill credit: the bot has offered it.</summary>
    private static async Task<(ConversationDriver Driver, string Case)> OfferedAfterHandBackAsync(string locale = "en-US")
    {
        var driver = await ConversationDriver.StartAsync(locale);
        var zh = locale.StartsWith("zh", StringComparison.Ordinal);
        await driver.SayAsync(zh ? "我的Q5燃气灶昨天开始打不着火了" : "My Q5 gas stove won't light since yesterday");
        await driver.SayAsync(zh ? "转人工" : "talk to a person");
        var number = (await driver.StateAsync()).CaseNumber!;
        var queue = driver.Get<CaseQueue>();
        Assert.True((await queue.TakeAsync(number, Agent, 5, None)).Succeeded);
        Assert.True((await queue.HandBackAsync(number, Agent, HandBackSteps.ProposeRemedy, Goodwill, None)).Succeeded);
        await driver.Get<ICustomerConversations>().WakeAsync(driver.ConversationId, None);
        Assert.Contains(zh ? "200元补偿" : "a 200 yuan goodwill credit", Said(await driver.NewRepliesAsync()), StringComparison.Ordinal);
        Assert.Equal(AwaitingAgreement, (await driver.StateAsync()).Step);
        return (driver, number);
    }

    private static async Task<EscalationDbContext> DbAsync(ConversationDriver driver) =>
        await driver.Get<IDbContextFactory<EscalationDbContext>>().CreateDbContextAsync();

    [Theory]
    [InlineData("en-US", "There's a strong smell of gas from my stove now!", "turn off the gas valve",
        "I've raised your case {case} to top priority and passed it straight back to Li Wei")]
    [InlineData("zh-CN", "现在厨房里有很浓的煤气味！", "关闭燃气阀门", "我已将您的案件 {case} 升为最高优先级，并立即转回给Li Wei")]
    public async Task A_safety_message_during_a_hand_back_raises_that_case_and_puts_it_back_before_its_owner(string locale, string message,
        string advice, string raised)
    {
        var (driver, number) = await OfferedAfterHandBackAsync(locale);
        await using var _ = driver;

        var said = Said(await driver.SayAsync(message));

        Assert.Contains(advice, said, StringComparison.Ordinal);
        Assert.Contains(raised.Replace("{case}", number, StringComparison.Ordinal), said, StringComparison.Ordinal);
        await using var db = await DbAsync(driver);
        var c = await db.Cases.AsNoTracking().SingleAsync();
        Assert.Equal((number, CaseStatus.Assigned, Agent, CasePriority.Safety, (string?)null), (c.Number, c.Status, c.Assignee, c.Priority, c.HandBackStep));
        var raise = await db.Events.AsNoTracking().SingleAsync(e => e.Kind == CaseEventKinds.PriorityRaised);
        Assert.StartsWith("Safety GasLeak: Normal → Safety", raise.Detail, StringComparison.Ordinal);
        var state = await driver.StateAsync();
        Assert.Equal((Escalated, number, (string?)null), (state.Step, state.CaseNumber, state.HandedBackCase));
        Assert.Empty(await driver.SayAsync(locale == "en-US" ? "hello?" : "在吗？")); // the owner has it: the bot is quiet
    }

    [Fact]
    public async Task A_safety_message_while_queued_raises_the_queued_case_instead_of_opening_another()
    {
        await using var driver = await ConversationDriver.StartAsync("en-US");
        await driver.SayAsync("My Q5 gas stove won't light since yesterday");
        await driver.SayAsync("talk to a person");

        var said = Said(await driver.SayAsync("There's a strong smell of gas from my stove now!"));

        Assert.Contains("turn off the gas valve", said, StringComparison.Ordinal);
        await using var db = await DbAsync(driver);
        var c = await db.Cases.AsNoTracking().SingleAsync();
        Assert.Equal((CaseStatus.Queued, CasePriority.Safety), (c.Status, c.Priority));
    }

    [Theory]
    [InlineData("en-US", "yes", "Li Wei from our service team has your case {case} again and will reply here.")]
    [InlineData("zh-CN", "好的", "客服Li Wei已重新接手您的案件 {case}，会在这里回复您。")]
    public async Task An_owner_taking_the_case_back_before_the_customers_yes_gets_a_clear_reply_and_loses_nothing(string locale, string yes,
        string expected)
    {
        var (driver, number) = await OfferedAfterHandBackAsync(locale);
        await using var _ = driver;
        Assert.True((await driver.Get<CaseQueue>().TakeBackAsync(number, Agent, None)).Succeeded);

        var said = Said(await driver.SayAsync(yes));

        Assert.Contains(expected.Replace("{case}", number, StringComparison.Ordinal), said, StringComparison.Ordinal);
        await using var db = await DbAsync(driver);
        Assert.Empty(await db.Agreements.AsNoTracking().ToListAsync()); // the person decides now
        var c = await db.Cases.AsNoTracking().SingleAsync();
        Assert.Equal((CaseStatus.Assigned, Agent), (c.Status, c.Assignee));
        Assert.Contains(await db.Events.AsNoTracking().Select(e => e.Kind).ToListAsync(), k => k == CaseEventKinds.TakenBack);
        var state = await driver.StateAsync();
        Assert.Equal((Escalated, number, (string?)null), (state.Step, state.CaseNumber, state.HandedBackCase));
        // The customer's answer is in the transcript the owner reads.
        var log = await driver.Get<ConversationLog>().ReadAsync(driver.ConversationId, 0, 1000, None);
        Assert.Contains(log, e => e.ActivityJson.Contains($"\"text\":\"{yes}\"", StringComparison.Ordinal));
        Assert.Empty(await driver.SayAsync(locale == "en-US" ? "ok, waiting" : "好，我等着"));
    }

    [Fact]
    public async Task A_case_that_left_the_bot_between_the_look_and_the_yes_still_gives_a_reply_not_a_failed_turn()
    {
        // The owner resolves the case while the bot carries it on: the turn's look at the desk sees nobody owning the
        // conversation, so the "yes" reaches the agreement, which the desk refuses (the case is no longer with the bot).
        var (driver, number) = await OfferedAfterHandBackAsync();
        await using var _ = driver;
        Assert.True((await driver.Get<CaseQueue>().ResolveAsync(number, Agent, "Settled by phone", None)).Succeeded);

        var said = Said(await driver.SayAsync("yes"));

        Assert.Contains($"has your case {number} again", said, StringComparison.Ordinal);
        await using var db = await DbAsync(driver);
        Assert.Empty(await db.Agreements.AsNoTracking().ToListAsync());
        Assert.Equal(CaseStatus.Resolved, (await db.Cases.AsNoTracking().SingleAsync()).Status);
    }

    [Fact]
    public async Task Only_the_owner_takes_back_and_only_from_the_bot()
    {
        var (driver, number) = await OfferedAfterHandBackAsync();
        await using var _ = driver;
        var queue = driver.Get<CaseQueue>();

        Assert.Equal(CaseRefusal.NotAllowed, (await queue.TakeBackAsync(number, "someone.else", None)).Refusal);
        Assert.True((await queue.TakeBackAsync(number, Agent, None)).Succeeded);
        Assert.Equal(CaseRefusal.NotAllowed, (await queue.TakeBackAsync(number, Agent, None)).Refusal);
    }
}
