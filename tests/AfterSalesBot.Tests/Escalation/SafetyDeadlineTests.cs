using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Escalation.Staff;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Escalation;

/// <summary>Issue 15, item 2: a missed deadline on a safety case is told to the customer at once and alerts every supervisor
/// on duty, each by name; an ordinary case keeps the one supervisor row.</summary>
public sealed class SafetyDeadlineTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static async Task SignedInAsync(EscalationStore store, string name, string role, TimeSpan ago)
    {
        var staff = store.Get<StaffDirectory>();
        await staff.CreateAsync(new(name, name, "a-long-password-1", [role]), None);
        Assert.True(await staff.UpdateAsync(name, a => a.LastSignInAt = store.Clock.GetUtcNow() - ago, None));
    }

    private static async Task<List<string?>> NotifiedAsync(EscalationStore store, string number)
    {
        await using var db = store.CreateDbContext();
        return await db.Events.AsNoTracking().Where(e => e.CaseNumber == number && e.Kind == CaseEventKinds.SupervisorNotified)
            .OrderBy(e => e.Id).Select(e => e.Detail).ToListAsync();
    }

    [Fact]
    public async Task ABreachOnASafetyCaseTellsTheCustomerAndEverySupervisorOnDutyOnce()
    {
        await using var store = await EscalationStore.CreateAsync();
        await SignedInAsync(store, "sup.zhao", StaffRoles.Supervisor, TimeSpan.FromHours(1));
        await SignedInAsync(store, "sup.qian", StaffRoles.Supervisor, TimeSpan.FromHours(6));
        await SignedInAsync(store, "sup.sun", StaffRoles.Supervisor, TimeSpan.FromHours(9)); // signed in a shift ago: off duty
        await SignedInAsync(store, "agent.li", StaffRoles.Agent, TimeSpan.FromHours(1));
        var opened = await store.Desk.OpenAsync(CaseBuilders.Open(CasePriority.Safety, firstResponseHours: 1, resolutionHours: 24, conversationId: "gas"), None);

        store.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(1, (await store.Sla.CheckAsync(None)).Breaches);
        Assert.Equal(0, (await store.Sla.CheckAsync(None)).Breaches);

        var notified = await NotifiedAsync(store, opened.Number);
        Assert.Equal(2, notified.Count);
        Assert.StartsWith("sup.qian: safety first-response deadline", notified[0]);
        Assert.StartsWith("sup.zhao: safety first-response deadline", notified[1]);
        var (conversation, notice) = Assert.Single(store.Told.Notices);
        Assert.Equal(("gas", new SafetyDeadlineMissedNotice(opened.Number, opened.FirstResponseDue, 2)), (conversation, notice));
    }

    [Fact]
    public async Task WithNoSupervisorOnDutyTheCustomerIsStillToldAndTheCaseSaysSo()
    {
        await using var store = await EscalationStore.CreateAsync();
        var opened = await store.Desk.OpenAsync(CaseBuilders.Open(CasePriority.Safety, firstResponseHours: 1, resolutionHours: 24), None);

        store.Clock.Advance(TimeSpan.FromMinutes(61));
        await store.Sla.CheckAsync(None);

        Assert.StartsWith("no supervisor on duty", Assert.Single(await NotifiedAsync(store, opened.Number)));
        Assert.Equal(0, ((SafetyDeadlineMissedNotice)Assert.Single(store.Told.Notices).Notice).SupervisorsAlerted);
    }

    [Fact]
    public async Task AnOrdinaryBreachDoesNotDisturbTheCustomer()
    {
        await using var store = await EscalationStore.CreateAsync();
        await SignedInAsync(store, "sup.zhao", StaffRoles.Supervisor, TimeSpan.FromHours(1));
        var opened = await store.Desk.OpenAsync(CaseBuilders.Open(CasePriority.Normal, firstResponseHours: 24), None);

        store.Clock.Advance(TimeSpan.FromHours(25));
        await store.Sla.CheckAsync(None);

        Assert.Single(await NotifiedAsync(store, opened.Number));
        Assert.Empty(store.Told.Notices);
    }
}
