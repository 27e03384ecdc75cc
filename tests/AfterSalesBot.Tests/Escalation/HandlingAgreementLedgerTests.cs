using AfterSalesBot.Escalation.Approvals;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Console;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Escalation;

/// <summary>The handling agreement records every offer and its answer, immutably, on the real desk and SQLite file.</summary>
public sealed class HandlingAgreementLedgerTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Noon = EscalationStore.Noon;
    private static readonly SheetRemedy Repair = new("FreeRepair", 0m, "CNY", "Bot", "Free repair of the igniter");
    private static readonly SheetRemedy Replace = new("Replacement", 0m, "CNY", "Bot", "A new Q5 hob");

    private static OfferReport Offer(SheetRemedy remedy, int minute, string? answer = null, int? answeredMinute = null, string by = "bot") =>
        new(Guid.CreateVersion7(Noon.AddMinutes(minute)), by, remedy, "KITCHEN-STD", 3, Noon.AddMinutes(minute), answer,
            answeredMinute is { } m ? Noon.AddMinutes(m) : null);

    [Fact]
    public async Task AnOfferRefusedThenTheNextAcceptedAreTwoRowsWithTheirAnswers()
    {
        await using var store = await EscalationStore.CreateAsync();
        var refused = Offer(Repair, -5, RemedyAnswers.Refused, -4);
        var accepted = Offer(Replace, -4, RemedyAnswers.Accepted, 0);
        var request = CaseBuilders.Agreement(Noon) with { Remedy = Replace, OfferedAt = Noon.AddMinutes(-4), Offers = [refused, accepted] };

        var recorded = await store.Desk.RecordAgreementAsync(request, None);

        var file = (await store.Get<CaseFiles>().GetAsync(recorded.Number, None))!;
        Assert.Equal(2, file.Offers.Count);
        Assert.Equal([("Free repair of the igniter", "Refused", Noon.AddMinutes(-4)), ("A new Q5 hob", "Accepted", Noon)],
            file.Offers.Select(o => (o.Remedy.Description, o.Answer!, o.AnsweredAt!.Value)));
        Assert.All(file.Offers, o => Assert.Equal(("bot", "KITCHEN-STD", 3, recorded.Number), (o.OfferedBy, o.PolicyCode, o.PolicyVersion, o.CaseNumber)));
        Assert.Equal(accepted.Id, Assert.Single(file.Agreements).OfferId);
    }

    [Fact]
    public async Task AnEscalationWithAnOpenOfferRecordsItOpen()
    {
        await using var store = await EscalationStore.CreateAsync();
        var open = Offer(Repair, -1);

        var opened = await store.Desk.OpenAsync(CaseBuilders.Open(conversationId: "conv-9") with { Offers = [Offer(Replace, -3, RemedyAnswers.Refused, -2), open] }, None);

        var offers = (await store.Get<CaseFiles>().GetAsync(opened.Number, None))!.Offers;
        Assert.Equal([false, true], offers.Select(o => o.IsOpen));
        Assert.Null(offers[1].AnsweredAt);
        Assert.Equal(open.Id, offers[1].OfferId);
    }

    [Fact]
    public async Task AnOfferAfterAHandBackNamesTheAgentAndTheApprovingSupervisorAndReportingTwiceWritesOnce()
    {
        await using var store = await EscalationStore.CreateAsync();
        var opened = await store.Desk.OpenAsync(CaseBuilders.Open(conversationId: "conv-7"), None);
        Assert.True((await store.Queue.TakeAsync(opened.Number, "liwei", 5, None)).Succeeded);
        var credit = new SheetRemedy("Goodwill", 300m, "CNY", RemedyAuthority.Supervisor, "300 yuan credit");
        var approvals = store.Get<ApprovalDesk>();
        Assert.True((await approvals.RequestAsync(opened.Number, "liwei", credit, "company fault", None)).Succeeded);
        Assert.True((await approvals.DecideAsync((await approvals.ListAsync(true, null, None)).Single().Id, "boss", true, null, None)).Succeeded);

        var offer = Offer(credit with { GrantedBy = RemedyAuthority.Supervisor }, 1, by: "liwei");
        await store.Desk.RecordOffersAsync(opened.Number, "conv-7", [offer], None);
        await store.Desk.RecordOffersAsync(opened.Number, "conv-7", [offer with { Answer = RemedyAnswers.Refused, AnsweredAt = Noon.AddMinutes(2) }], None);
        await store.Desk.RecordOffersAsync(opened.Number, "conv-7", [offer with { Answer = RemedyAnswers.Refused, AnsweredAt = Noon.AddMinutes(2) }], None);

        var line = Assert.Single((await store.Get<CaseFiles>().GetAsync(opened.Number, None))!.Offers);
        Assert.Equal(("liwei", "boss", "Refused"), (line.OfferedBy, line.ApprovedBy, line.Answer));
        // An answer is never changed, and another conversation cannot report on this case.
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.Desk.RecordOffersAsync(opened.Number, "conv-7",
            [offer with { Answer = RemedyAnswers.Accepted, AnsweredAt = Noon.AddMinutes(3) }], None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.Desk.RecordOffersAsync(opened.Number, "someone-else", [Offer(Repair, 4)], None));
        await using var db = store.CreateDbContext();
        Assert.Equal((1, 1), (await db.Offers.CountAsync(), await db.Answers.CountAsync()));
    }

    [Fact]
    public async Task OffersAndAnswersRefuseToBeChangedOrDeleted()
    {
        await using var store = await EscalationStore.CreateAsync();
        await store.Desk.OpenAsync(CaseBuilders.Open() with { Offers = [Offer(Repair, -2, RemedyAnswers.Refused, -1)] }, None);

        await using (var db = store.CreateDbContext())
        {
            var offer = await db.Offers.SingleAsync();
            db.Entry(offer).Property(o => o.RemedyCost).CurrentValue = 999m;
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }
        await using (var db = store.CreateDbContext())
        {
            db.Answers.Remove(await db.Answers.SingleAsync());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }
        await using (var db = store.CreateDbContext())
        {
            // A second answer to the same offer is refused by the database itself.
            db.Answers.Add(new RemedyAnswer { OfferId = (await db.Offers.SingleAsync()).Id, Answer = RemedyAnswers.Accepted, AnsweredAt = Noon });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var check = store.CreateDbContext();
        Assert.Equal((0m, RemedyAnswers.Refused), ((await check.Offers.SingleAsync()).RemedyCost, (await check.Answers.SingleAsync()).Answer));
    }
}
