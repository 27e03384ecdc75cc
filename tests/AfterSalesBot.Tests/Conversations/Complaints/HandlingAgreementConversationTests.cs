using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Console;
using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// The complaint flow reports every offer and the customer's answer to the desk: kept in the conversation while no case
/// exists and written with the case (agreement or escalation), reported at once while the bot carries a handed-back case.
/// </summary>
public sealed class HandlingAgreementConversationTests
{
    private const string SoldToday = "JQ526093898";
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly string[] ToTheOffer =
        ["My new Q5 gas hob won't light", "that's all", "yes", SoldToday, "today", "no", "repair", "13812345678"];

    private static async Task<IReadOnlyList<HandlingAgreementRecord>> LedgerAsync(ConversationDriver driver, string number) =>
        (await new CaseFiles(driver.Get<IDbContextFactory<EscalationDbContext>>()).GetAsync(number, None))!.Offers;

    private static async Task<ConversationDriver> AtTheOfferAsync()
    {
        var driver = await ConversationDriver.StartAsync("en-US");
        foreach (var line in ToTheOffer) await driver.SayAsync(line);
        Assert.Equal(AwaitingAgreement, (await driver.StateAsync()).Step);
        return driver;
    }

    [Fact]
    public async Task ARefusedOfferAndTheAcceptedNextOneAreBothOnTheAgreement()
    {
        await using var driver = await AtTheOfferAsync();
        await driver.SayAsync("no");
        await driver.SayAsync("yes");
        var state = await driver.StateAsync();
        Assert.Equal(Agreed, state.Step);
        Assert.Empty(state.OfferLog);

        var ledger = await LedgerAsync(driver, state.CaseNumber!);
        Assert.Equal([RemedyAnswers.Refused, RemedyAnswers.Accepted], ledger.Select(o => o.Answer));
        Assert.NotEqual(ledger[0].Remedy, ledger[1].Remedy);
        Assert.All(ledger, o => Assert.Equal("bot", o.OfferedBy));
        Assert.All(ledger, o => Assert.False(string.IsNullOrEmpty(o.PolicyCode)));
        Assert.True(ledger[0].OfferedAt <= ledger[1].OfferedAt && ledger[1].OfferedAt <= ledger[1].AnsweredAt);
    }

    [Fact]
    public async Task RepeatingTheOfferAfterAnInterruptionIsNotANewOffer()
    {
        await using var driver = await AtTheOfferAsync();
        await driver.SayAsync("what can you do");
        Assert.Single((await driver.StateAsync()).OfferLog);
    }

    [Fact]
    public async Task AnEscalationWithAnOfferOnTheTableLeavesItOpenOnTheCase()
    {
        await using var driver = await AtTheOfferAsync();
        await driver.SayAsync("no");
        await driver.SayAsync("talk to a person");
        var state = await driver.StateAsync();
        Assert.Equal(Escalated, state.Step);

        var ledger = await LedgerAsync(driver, state.CaseNumber!);
        Assert.Equal([RemedyAnswers.Refused, null], ledger.Select(o => o.Answer));
    }

    [Fact]
    public async Task AfterAHandBackTheAgentsOfferAndTheRefusalReachTheCaseAtOnce()
    {
        await using var driver = await ConversationDriver.StartAsync("en-US");
        await driver.SayAsync("My Q5 gas stove won't light since yesterday");
        await driver.SayAsync("talk to a person");
        var number = (await driver.StateAsync()).CaseNumber!;
        var queue = driver.Get<CaseQueue>();
        Assert.True((await queue.TakeAsync(number, "Li Wei", 5, None)).Succeeded);
        var goodwill = new SheetRemedy("Goodwill", 200m, "CNY", "Staff", "a 200 yuan goodwill credit");
        Assert.True((await queue.HandBackAsync(number, "Li Wei", HandBackSteps.ProposeRemedy, goodwill, None)).Succeeded);

        await driver.SayAsync("hello?");
        var offered = Assert.Single(await LedgerAsync(driver, number));
        Assert.Equal(("Li Wei", goodwill, null), (offered.OfferedBy, offered.Remedy, offered.Answer));

        await driver.SayAsync("no");
        Assert.Equal(RemedyAnswers.Refused, Assert.Single(await LedgerAsync(driver, number)).Answer);
        await using var db = driver.Get<IDbContextFactory<EscalationDbContext>>().CreateDbContext();
        Assert.Equal(1, await db.Offers.CountAsync());
    }
}
