using System.Globalization;
using AfterSalesBot.Escalation.Data;
using AfterSalesBot.Escalation.FollowUps;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Escalation.Cases;

internal sealed partial class CaseDesk
{
    /// <summary>The case (ActionPending, due in <see cref="AgreementRequest.ActionHours"/>), the agreement and their
    /// events, in one transaction.</summary>
    public async Task<RecordedAgreement> RecordAgreementAsync(AgreementRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Sheet);
        ArgumentNullException.ThrowIfNull(request.Remedy);
        ArgumentOutOfRangeException.ThrowIfNegative(request.ActionHours);
        if (request.AcceptedAt < request.OfferedAt)
            throw new ArgumentException("A remedy cannot be accepted before it was offered.", nameof(request));
        var now = time.GetUtcNow();
        var due = now.AddHours(request.ActionHours);
        if (request.CaseNumber is { } handedBack) return await RecordOnHandedBackCaseAsync(request, handedBack, now, due, ct);
        // An agreed remedy is no queue item: it is urgent only as a repeat failure, not for the customer's hurry words.
        var (priority, raised) = CasePriorities.AtOpening(CasePriority.Normal, request.Sheet, options.Value.RepeatRepairsForUrgent);
        return await InTransactionAsync(async db =>
        {
            if (await OpenedByAsync(db, request.OpeningKey, ct) is { } again) return new RecordedAgreement(again.Number, again.ResolutionDue);
            var number = await CaseNumbers.NextAsync(db, CaseNumbers.LocalDay(now, _zone), ct);
            var opened = new EscalatedCase
            {
                OpeningKey = request.OpeningKey,
                Number = number,
                ConversationId = request.ConversationId,
                ChannelId = request.ChannelId,
                Locale = request.Locale,
                Priority = priority,
                Status = CaseStatus.ActionPending,
                OpenedAt = now,
                // The agreement is the answer to the customer; what is due next is the action.
                FirstResponseDue = due,
                ResolutionDue = due,
                Sheet = request.Sheet,
                PhoneLastFour = LastFour(request.Sheet.Phone),
            };
            db.Cases.Add(opened);
            db.Events.Add(new CaseEvent { CaseNumber = number, At = now, Kind = CaseEventKinds.Opened, Actor = Bot, Detail = "Agreed remedy" });
            if (raised is not null)
                db.Events.Add(new CaseEvent { CaseNumber = number, At = now, Kind = CaseEventKinds.PriorityRaised, Actor = Bot, Detail = raised });
            await RemedyLedger.AddAsync(db, number, request.ConversationId, request.Offers ?? [], ct);
            AddAgreement(db, request, number, now);
            // When the promised date passes, the follow-up asks whether it worked (earlier if staff mark it done).
            await FollowUpPlan.ScheduleAskAsync(db, opened, due + followUps.Value.Delay, now, Bot, ct);
            await db.SaveChangesAsync(ct);
            return new RecordedAgreement(number, due);
        }, ct);
    }

    /// <summary>The case an earlier run of the same turn's effect already opened, if any.</summary>
    private static async Task<EscalatedCase?> OpenedByAsync(EscalationDbContext db, string? key, CancellationToken ct) =>
        key is null ? null : await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.OpeningKey == key, ct);

    /// <summary>After a hand-back the bot carries on the escalated case: the agreement is recorded under it and the
    /// case moves WithBot → ActionPending (<see cref="CaseTransitionException"/> if it is no longer with the bot).</summary>
    private async Task<RecordedAgreement> RecordOnHandedBackCaseAsync(AgreementRequest request, string number, DateTimeOffset now,
        DateTimeOffset due, CancellationToken ct)
    {
        var wanted = number.Trim().ToUpperInvariant();
        var recorded = await InTransactionAsync(async db =>
        {
            var c = await db.Cases.SingleOrDefaultAsync(x => x.Number == wanted, ct)
                ?? throw new ArgumentException($"There is no case {wanted}.", nameof(request));
            // Only while the bot carries it on: a case a person holds is theirs to settle.
            if (c.Status != CaseStatus.WithBot) throw new CaseTransitionException(c.Number, c.Status, "RecordAgreement");
            c.StartAction(due);
            await RemedyLedger.AddAsync(db, c.Number, c.ConversationId, request.Offers ?? [], ct);
            AddAgreement(db, request, c.Number, now);
            await FollowUpPlan.ScheduleAskAsync(db, c, due + followUps.Value.Delay, now, Bot, ct);
            await db.SaveChangesAsync(ct);
            return new RecordedAgreement(c.Number, due);
        }, ct);
        changes.Raise(recorded.Number, CaseEventKinds.AgreementRecorded);
        return recorded;
    }

    private static void AddAgreement(EscalationDbContext db, AgreementRequest request, string number, DateTimeOffset now)
    {
        var remedy = request.Remedy;
        db.Agreements.Add(new HandlingAgreement
        {
            Id = Guid.CreateVersion7(now),
            CaseNumber = number,
            ConversationId = request.ConversationId,
            OfferedBy = request.OfferedBy,
            RemedyKind = remedy.Kind,
            RemedyCost = remedy.Cost,
            RemedyCurrency = remedy.Currency,
            RemedyGrantedBy = remedy.GrantedBy,
            RemedyDescription = remedy.Description,
            PolicyCode = request.PolicyCode,
            PolicyVersion = request.PolicyVersion,
            OfferedAt = request.OfferedAt,
            AcceptedAt = request.AcceptedAt,
            OfferId = request.Offers?.LastOrDefault(o => o.Answer == RemedyAnswers.Accepted)?.Id,
        });
        db.Events.Add(new CaseEvent
        {
            CaseNumber = number,
            At = now,
            Kind = CaseEventKinds.AgreementRecorded,
            Actor = request.OfferedBy,
            Detail = string.Create(CultureInfo.InvariantCulture,
                $"{remedy.Kind} {remedy.Cost} {remedy.Currency} under {request.PolicyCode} v{request.PolicyVersion}, accepted {request.AcceptedAt:O}"),
        });
    }
}

internal sealed partial class CaseDesk
{
    public async Task RecordOffersAsync(string number, string conversationId, IReadOnlyList<OfferReport> offers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(offers);
        if (offers.Count == 0) return;
        var wanted = number.Trim().ToUpperInvariant();
        await InTransactionAsync(async db =>
        {
            var c = await db.Cases.AsNoTracking().SingleOrDefaultAsync(x => x.Number == wanted, ct);
            // Only the conversation the case came from reports offers on it.
            if (c is null || c.ConversationId != conversationId)
                throw new ArgumentException($"Conversation {conversationId} has no case {wanted}.", nameof(number));
            await RemedyLedger.AddAsync(db, c.Number, c.ConversationId, offers, ct);
            await db.SaveChangesAsync(ct);
            return true;
        }, ct);
    }
}
