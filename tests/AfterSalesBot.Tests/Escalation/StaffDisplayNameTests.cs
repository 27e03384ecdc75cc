using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Staff;

namespace AfterSalesBot.Tests.Escalation;

/// <summary>Issue 15, item 5: what the bot tells the customer about a person uses their display name, never the login.</summary>
public sealed class StaffDisplayNameTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task TheHandBackAndTheHandlingCarryTheOwnersDisplayName()
    {
        await using var store = await EscalationStore.CreateAsync();
        await store.Get<StaffDirectory>().CreateAsync(new("alice", "Alice Wang", "a-long-password-1", [StaffRoles.Agent]), None);
        var opened = await store.Desk.OpenAsync(CaseBuilders.Open(), None);
        Assert.True((await store.Queue.TakeAsync(opened.Number, "alice", 5, None)).Succeeded);

        Assert.Equal(("alice", "Alice Wang"), ((await store.Desk.GetHandlingAsync(opened.Number, None))!.Assignee, (await store.Desk.GetHandlingAsync(opened.Number, None))!.AssigneeName));
        Assert.True((await store.Queue.HandBackAsync(opened.Number, "alice", HandBackSteps.ScheduleFollowUp, null, None)).Succeeded);
        var claim = await store.Desk.ClaimHandBackAsync(opened.Number, None);

        Assert.Equal(("alice", "Alice Wang"), (claim!.Agent, claim.AgentName));
    }
}
