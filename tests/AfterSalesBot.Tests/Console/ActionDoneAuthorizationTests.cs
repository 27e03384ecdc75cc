using System.Net;
using AfterSalesBot.Escalation.Cases;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Console;

/// <summary>
/// "Action done" over HTTP: on an owned case only its owner or a supervisor may mark it, anyone else is told so and the
/// case stays as it was (not resolved, the follow-up not brought forward); a remedy the bot agreed has no owner, and any
/// staff member who arranged it may mark it done.
/// </summary>
public sealed class ActionDoneAuthorizationTests(ConsoleServerFixture fixture) : IClassFixture<ConsoleServerFixture>
{
    private const string NotOwner = "Only the case's owner (or a supervisor) can do that.";
    private const string Done = "Marked done: the follow-up is scheduled.";

    [Fact]
    public async Task An_agent_who_does_not_own_the_case_cannot_mark_the_action_done_but_its_owner_can()
    {
        var (customer, number) = await ConsoleCustomer.AgreeRepairAsync(fixture.Server);
        using var _ = customer;
        using var agent = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Agent);
        using var other = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.OtherAgent);
        using var supervisor = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Supervisor);

        // The supervisor gives the bot's case to agent.li: now the other agent is refused and the owner may mark it done.
        var transferred = await supervisor.PostAsync($"/console/case/{number}?handler=Transfer", new() { ["colleague"] = ConsoleServerFixture.Agent });
        Assert.Equal("The case was transferred.", await supervisor.FlashAfterAsync(transferred));
        Assert.Equal(NotOwner, await other.FlashAfterAsync(await other.PostAsync($"/console/case/{number}?handler=ActionDone")));
        Assert.Equal(CaseStatus.ActionPending, await StateAsync(number));
        Assert.Contains("handler=ActionDone", await agent.GetPageAsync("/console/case/" + number));

        var marked = await agent.PostAsync($"/console/case/{number}?handler=ActionDone");
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.Equal(Done, await agent.FlashAfterAsync(marked));
        Assert.Equal(CaseStatus.Resolved, await StateAsync(number));
    }

    [Fact]
    public async Task Any_agent_may_mark_the_action_done_on_a_remedy_the_bot_agreed_and_nobody_owns()
    {
        var (customer, number) = await ConsoleCustomer.AgreeRepairAsync(fixture.Server);
        using var _ = customer;
        using var other = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.OtherAgent);

        Assert.Contains("handler=ActionDone", await other.GetPageAsync("/console/case/" + number));
        Assert.Equal(Done, await other.FlashAfterAsync(await other.PostAsync($"/console/case/{number}?handler=ActionDone")));
        Assert.Equal(CaseStatus.Resolved, await StateAsync(number));
    }

    [Fact]
    public async Task A_supervisor_may_mark_the_action_done_on_a_case_nobody_owns()
    {
        var (customer, number) = await ConsoleCustomer.AgreeRepairAsync(fixture.Server);
        using var _ = customer;
        using var supervisor = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Supervisor);

        Assert.Contains("handler=ActionDone", await supervisor.GetPageAsync("/console/case/" + number));
        Assert.Equal(Done, await supervisor.FlashAfterAsync(await supervisor.PostAsync($"/console/case/{number}?handler=ActionDone")));
        Assert.Equal(CaseStatus.Resolved, await StateAsync(number));
    }

    private async Task<CaseStatus> StateAsync(string number)
    {
        await using var db = ConsoleSession.OpenDatabase(fixture.Server);
        return await db.Cases.Where(c => c.Number == number).Select(c => c.Status).SingleAsync();
    }
}
