using System.Globalization;

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
        return await InTransactionAsync(async db =>
        {
            var number = await CaseNumbers.NextAsync(db, CaseNumbers.LocalDay(now, _zone), ct);
            db.Cases.Add(new EscalatedCase
            {
                Number = number,
                ConversationId = request.ConversationId,
                ChannelId = request.ChannelId,
                Locale = request.Locale,
                Priority = request.Sheet.Urgent ? CasePriority.Urgent : CasePriority.Normal,
                Status = CaseStatus.ActionPending,
                OpenedAt = now,
                // The agreement is the answer to the customer; what is due next is the action.
                FirstResponseDue = due,
                ResolutionDue = due,
                Sheet = request.Sheet,
                PhoneLastFour = LastFour(request.Sheet.Phone),
            });
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
            });
            db.Events.Add(new CaseEvent { CaseNumber = number, At = now, Kind = CaseEventKinds.Opened, Actor = Bot, Detail = "Agreed remedy" });
            db.Events.Add(new CaseEvent
            {
                CaseNumber = number,
                At = now,
                Kind = CaseEventKinds.AgreementRecorded,
                Actor = request.OfferedBy,
                Detail = string.Create(CultureInfo.InvariantCulture,
                    $"{remedy.Kind} {remedy.Cost} {remedy.Currency} under {request.PolicyCode} v{request.PolicyVersion}, accepted {request.AcceptedAt:O}"),
            });
            await db.SaveChangesAsync(ct);
            return new RecordedAgreement(number, due);
        }, ct);
    }
}
