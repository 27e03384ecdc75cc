using AfterSalesBot.Escalation.Cases;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Escalation;

public sealed class HandlingAgreementTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task RecordsTheAgreementWithAnActionPendingCaseAndItsEvents()
    {
        await using var store = await EscalationStore.CreateAsync();
        var request = CaseBuilders.Agreement(EscalationStore.Noon, actionHours: 48);

        var recorded = await store.Desk.RecordAgreementAsync(request, None);

        Assert.Equal(new RecordedAgreement("AS-20261122-0001", EscalationStore.Noon.AddHours(48)), recorded);
        await using var db = store.CreateDbContext();
        var stored = await db.Cases.AsNoTracking().SingleAsync();
        Assert.Equal((CaseStatus.ActionPending, (EscalationReason?)null, CasePriority.Normal), (stored.Status, stored.Reason, stored.Priority));
        Assert.Equal(recorded.ActionDue, stored.ResolutionDue);
        Assert.Equivalent(request.Sheet, stored.Sheet, strict: true);

        var agreement = await db.Agreements.AsNoTracking().SingleAsync();
        Assert.Equal((recorded.Number, "conv-2", "bot"), (agreement.CaseNumber, agreement.ConversationId, agreement.OfferedBy));
        Assert.Equal(request.Remedy, agreement.Remedy);
        Assert.Equal(("KITCHEN-STD", 3), (agreement.PolicyCode, agreement.PolicyVersion));
        Assert.Equal((request.OfferedAt, request.AcceptedAt), (agreement.OfferedAt, agreement.AcceptedAt));

        var events = await db.Events.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([CaseEventKinds.Opened, CaseEventKinds.AgreementRecorded, CaseEventKinds.FollowUpScheduled], events.Select(e => e.Kind));
        Assert.All(events, e => Assert.Equal(recorded.Number, e.CaseNumber));
        Assert.Contains("FreeRepair 0 CNY under KITCHEN-STD v3", events[1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesToChangeOrDeleteARecordedAgreementOrEvent()
    {
        await using var store = await EscalationStore.CreateAsync();
        await store.Desk.RecordAgreementAsync(CaseBuilders.Agreement(EscalationStore.Noon), None);

        await using (var db = store.CreateDbContext())
        {
            var agreement = await db.Agreements.SingleAsync();
            db.Entry(agreement).Property(a => a.RemedyCost).CurrentValue = 999m;
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }
        await using (var db = store.CreateDbContext())
        {
            db.Events.Remove(await db.Events.FirstAsync());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using var check = store.CreateDbContext();
        Assert.Equal(0m, (await check.Agreements.SingleAsync()).RemedyCost);
        Assert.Equal(3, await check.Events.CountAsync()); // opened, agreement, follow-up scheduled
    }

    [Fact]
    public async Task RejectsAnAcceptanceBeforeTheOffer()
    {
        await using var store = await EscalationStore.CreateAsync();
        var request = CaseBuilders.Agreement(EscalationStore.Noon) with { OfferedAt = EscalationStore.Noon.AddMinutes(1) };

        await Assert.ThrowsAsync<ArgumentException>(() => store.Desk.RecordAgreementAsync(request, None));

        await using var db = store.CreateDbContext();
        Assert.False(await db.Cases.AnyAsync());
    }
}
