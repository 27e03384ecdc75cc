using AfterSalesBot.Bot.Conversations.Complaints;
using AfterSalesBot.Bot.Escalation;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// The live handoff through the real pipeline: the bot is quiet while a person owns the conversation, tells the place
/// in the queue while waiting, and after a hand-back resumes exactly at the agent's step, in both languages.
/// </summary>
public sealed class LiveHandoffConversationTests
{
    private const string Agent = "Li Wei";
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly SheetRemedy Goodwill = new("Goodwill", 0m, "CNY", "Staff", "a 200 yuan goodwill credit / 200元补偿");

    /// <summary>A complaint escalated at the customer's request: the case is queued.</summary>
    private static async Task<(ConversationDriver Driver, string Case)> EscalatedAsync(string locale)
    {
        var driver = await ConversationDriver.StartAsync(locale);
        var zh = locale.StartsWith("zh", StringComparison.Ordinal);
        await driver.SayAsync(zh ? "我的Q5燃气灶昨天开始打不着火了" : "My Q5 gas stove won't light since yesterday");
        await driver.SayAsync(zh ? "转人工" : "talk to a person");
        var state = await driver.StateAsync();
        Assert.Equal(Escalated, state.Step);
        return (driver, state.CaseNumber!);
    }

    private static async Task<(ConversationDriver Driver, string Case)> TakenAsync(string locale)
    {
        var (driver, number) = await EscalatedAsync(locale);
        Assert.True((await driver.Get<CaseQueue>().TakeAsync(number, Agent, 5, None)).Succeeded);
        return (driver, number);
    }

    private static string Said(IEnumerable<Bot.Schema.Activity> replies) => string.Join("\n", replies.Select(r => r.Text));

    private static async Task<EscalatedCase> CaseAsync(ConversationDriver driver, string number)
    {
        await using var db = driver.Get<IDbContextFactory<EscalationDbContext>>().CreateDbContext();
        return await db.Cases.AsNoTracking().SingleAsync(c => c.Number == number);
    }

    private static async Task<int> CasesAsync(ConversationDriver driver)
    {
        await using var db = driver.Get<IDbContextFactory<EscalationDbContext>>().CreateDbContext();
        return await db.Cases.CountAsync(c => c.ConversationId == driver.ConversationId);
    }

    [Fact]
    public async Task WhileQueuedTheCustomerHearsTheirPlaceAndWhileAPersonOwnsItTheBotIsQuiet()
    {
        var (driver, number) = await EscalatedAsync("en-US");
        await using var _ = driver;

        Assert.Contains($"Your case {number} is waiting for a colleague: you are number 1 in the queue", Said(await driver.SayAsync("hello?")));

        await driver.Get<CaseQueue>().TakeAsync(number, Agent, 5, None);
        Assert.Empty(await driver.SayAsync("hello? anyone?"));
        Assert.Empty(await driver.SayAsync("My Q5 hob is broken, I want a refund"));
        Assert.Equal((Escalated, number), ((await driver.StateAsync()).Step, (await driver.StateAsync()).CaseNumber));

        await driver.Get<CaseQueue>().AwaitCustomerAsync(number, Agent, None);
        Assert.Empty(await driver.SayAsync("the serial is JQ525091280"));
        Assert.Equal(CaseStatus.Assigned, (await CaseAsync(driver, number)).Status);
    }

    [Fact]
    public async Task SafetyAdviceIsGivenEvenWhileAPersonOwnsTheConversation()
    {
        var (driver, number) = await TakenAsync("en-US");
        await using var _ = driver;

        var said = Said(await driver.SayAsync("There's a strong smell of gas from my stove now!"));

        Assert.Contains("turn off the gas valve", said, StringComparison.Ordinal);
        Assert.Equal(1, await CasesAsync(driver));
        Assert.Equal(CaseStatus.Assigned, (await CaseAsync(driver, number)).Status);
    }

    public static TheoryData<string, string, string[], ComplaintStep, CaseStatus> HandBacks => new()
    {
        { "en-US", HandBackSteps.ProposeRemedy, ["Li Wei from our service team has passed the conversation back to me", "a 200 yuan goodwill credit", "Would you like that?"], AwaitingAgreement, CaseStatus.WithBot },
        { "zh-CN", HandBackSteps.ProposeRemedy, ["客服Li Wei已把对话交回给我", "200元补偿", "您看可以吗"], AwaitingAgreement, CaseStatus.WithBot },
        { "en-US", HandBackSteps.RecordAgreement, ["passed the conversation back to me", "I've recorded our agreement under case {case}"], Agreed, CaseStatus.ActionPending },
        { "zh-CN", HandBackSteps.RecordAgreement, ["已把对话交回给我", "处理协议记录在案，案件号 {case}"], Agreed, CaseStatus.ActionPending },
        { "en-US", HandBackSteps.ScheduleFollowUp, ["passed the conversation back to me", "Your matter is settled under case {case}. We'll follow up with you by"], Agreed, CaseStatus.WithBot },
        { "zh-CN", HandBackSteps.ScheduleFollowUp, ["已把对话交回给我", "您的问题已处理完毕（案件号 {case}）。我们会在"], Agreed, CaseStatus.WithBot },
    };

    [Theory]
    [MemberData(nameof(HandBacks))]
    public async Task AHandBackResumesExactlyAtTheAgentsStep(string locale, string step, string[] expected, ComplaintStep after, CaseStatus status)
    {
        var (driver, number) = await TakenAsync(locale);
        await using var _ = driver;
        var remedy = step == HandBackSteps.ScheduleFollowUp ? null : Goodwill;
        Assert.True((await driver.Get<CaseQueue>().HandBackAsync(number, Agent, step, remedy, None)).Succeeded);

        await driver.Get<ICustomerConversations>().WakeAsync(driver.ConversationId, None);
        var replies = await driver.NewRepliesAsync();

        var said = Said(replies);
        foreach (var words in expected) Assert.Contains(words.Replace("{case}", number, StringComparison.Ordinal), said, StringComparison.Ordinal);
        Assert.All(replies, r => Assert.Equal(locale, r.Locale));
        var state = await driver.StateAsync();
        Assert.Equal((after, number), (state.Step, state.CaseNumber));
        Assert.Equal(status, (await CaseAsync(driver, number)).Status);
        Assert.Equal(1, await CasesAsync(driver));
        await driver.Get<ICustomerConversations>().WakeAsync(driver.ConversationId, None);
        Assert.Empty(await driver.NewRepliesAsync()); // claimed once: a second wake says nothing
    }

    [Fact]
    public async Task AnAgreementAfterAProposalHandBackIsRecordedUnderTheSameCaseAsTheAgentsOffer()
    {
        var (driver, number) = await TakenAsync("zh-CN");
        await using var _ = driver;
        await driver.Get<CaseQueue>().HandBackAsync(number, Agent, HandBackSteps.ProposeRemedy, Goodwill, None);

        // No wake: the customer's next message picks the hand-back up.
        Assert.Contains("200元补偿", Said(await driver.SayAsync("还在吗？")), StringComparison.Ordinal);
        Assert.Contains($"案件号 {number}", Said(await driver.SayAsync("好的")), StringComparison.Ordinal);

        Assert.Equal(Agreed, (await driver.StateAsync()).Step);
        Assert.Equal(CaseStatus.ActionPending, (await CaseAsync(driver, number)).Status);
        await using var db = driver.Get<IDbContextFactory<EscalationDbContext>>().CreateDbContext();
        var agreement = await db.Agreements.SingleAsync();
        Assert.Equal((number, Agent, "Goodwill"), (agreement.CaseNumber, agreement.OfferedBy, agreement.RemedyKind));
    }

    [Theory]
    [InlineData("talk to a person")]
    [InlineData("no")]
    public async Task AfterAHandBackAPersonAgainMeansTheSameAgent(string customer)
    {
        var (driver, number) = await TakenAsync("en-US");
        await using var _ = driver;
        await driver.Get<CaseQueue>().HandBackAsync(number, Agent, HandBackSteps.ProposeRemedy, Goodwill, None);
        await driver.Get<ICustomerConversations>().WakeAsync(driver.ConversationId, None);
        await driver.NewRepliesAsync();

        var said = Said(await driver.SayAsync(customer));

        Assert.Contains($"I've passed you back to {Agent}, who will reply here (case {number})", said, StringComparison.Ordinal);
        var c = await CaseAsync(driver, number);
        Assert.Equal((CaseStatus.Assigned, Agent), (c.Status, c.Assignee));
        Assert.Equal(1, await CasesAsync(driver));
        Assert.Equal((Escalated, number), ((await driver.StateAsync()).Step, (await driver.StateAsync()).CaseNumber));
        Assert.Empty(await driver.SayAsync("hello?")); // the agent owns it again: quiet
    }

    [Fact]
    public async Task ADeskEventForgedOnTheCustomersChannelChangesNothing()
    {
        var (driver, number) = await TakenAsync("en-US");
        await using var _ = driver;
        await driver.Get<CaseQueue>().HandBackAsync(number, Agent, HandBackSteps.ScheduleFollowUp, null, None);
        var before = (await driver.StateAsync()).Serialize();

        Assert.Empty(await driver.SendEventAsync(CustomerConversations.DeskEventName));

        Assert.Equal(before, (await driver.StateAsync()).Serialize());
        Assert.Equal(HandBackSteps.ScheduleFollowUp, (await driver.Get<ICaseDesk>().GetHandlingAsync(number, None))!.PendingHandBack);
        await driver.Get<ICustomerConversations>().WakeAsync(driver.ConversationId, None);
        Assert.Contains("follow up", Said(await driver.NewRepliesAsync()), StringComparison.Ordinal);
    }
}
