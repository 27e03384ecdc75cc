using AfterSalesBot.Escalation.Approvals;
using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Escalation.Cases;

/// <summary>
/// Writes and reads the handling agreement's offers and answers. Writing is idempotent and insert-only: an offer already
/// recorded (same id) is skipped, an answer already recorded is skipped when it is the same and refused when it differs,
/// because a recorded answer is never changed.
/// </summary>
internal static class RemedyLedger
{
    /// <summary>Adds what is new in <paramref name="reports"/> to the context (the caller saves, in its transaction).</summary>
    public static async Task AddAsync(EscalationDbContext db, string number, string conversationId, IReadOnlyList<OfferReport> reports,
        CancellationToken ct)
    {
        if (reports.Count == 0) return;
        foreach (var report in reports) Validate(report);
        var ids = reports.Select(r => r.Id).ToList();
        var known = await db.Offers.Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.CaseNumber }).ToListAsync(ct);
        if (known.FirstOrDefault(o => o.CaseNumber != number) is { } elsewhere)
            throw new InvalidOperationException($"Offer {elsewhere.Id} belongs to case {elsewhere.CaseNumber}, not {number}.");
        var answered = await db.Answers.Where(a => ids.Contains(a.OfferId)).ToDictionaryAsync(a => a.OfferId, ct);
        var approvals = await db.Approvals.AsNoTracking()
            .Where(a => a.CaseNumber == number && a.Status == ApprovalStatus.Approved).ToListAsync(ct);
        var sequence = await db.Offers.CountAsync(o => o.CaseNumber == number, ct);

        foreach (var report in reports.OrderBy(r => r.OfferedAt))
        {
            if (!known.Any(o => o.Id == report.Id))
                db.Offers.Add(ToOffer(report, number, conversationId, ++sequence, ApprovedBy(report.Remedy, approvals)));
            if (report.Answer is not { } answer) continue;
            if (answered.TryGetValue(report.Id, out var recorded))
            {
                if (recorded.Answer != answer)
                    throw new InvalidOperationException($"Offer {report.Id} was already {recorded.Answer.ToLowerInvariant()}; an answer is never changed.");
                continue;
            }
            db.Answers.Add(new RemedyAnswer { OfferId = report.Id, Answer = answer, AnsweredAt = report.AnsweredAt!.Value });
        }
    }

    /// <summary>Every offer of the cases with its answer, in the order they were made.</summary>
    public static async Task<IReadOnlyList<HandlingAgreementRecord>> ReadAsync(EscalationDbContext db, IReadOnlyCollection<string> numbers,
        CancellationToken ct)
    {
        if (numbers.Count == 0) return [];
        var rows = await (from o in db.Offers.AsNoTracking()
                          where numbers.Contains(o.CaseNumber)
                          join a in db.Answers.AsNoTracking() on o.Id equals a.OfferId into answers
                          from a in answers.DefaultIfEmpty()
                          select new { Offer = o, Answer = a }).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Offer.CaseNumber, StringComparer.Ordinal).ThenBy(r => r.Offer.OfferedAt).ThenBy(r => r.Offer.Sequence)
            .Select(r => new HandlingAgreementRecord(r.Offer.Id, r.Offer.CaseNumber, r.Offer.OfferedBy, r.Offer.ApprovedBy, r.Offer.Remedy,
                r.Offer.PolicyCode, r.Offer.PolicyVersion, r.Offer.OfferedAt, r.Answer?.Answer, r.Answer?.AnsweredAt))];
    }

    private static void Validate(OfferReport report)
    {
        ArgumentNullException.ThrowIfNull(report.Remedy);
        ArgumentException.ThrowIfNullOrWhiteSpace(report.OfferedBy);
        if (report.Answer is null != report.AnsweredAt is null)
            throw new ArgumentException($"Offer {report.Id}: an answer needs its time, and a time its answer.");
        if (report.Answer is { } answer && !RemedyAnswers.All.Contains(answer))
            throw new ArgumentException($"Offer {report.Id}: '{answer}' is not an answer ({string.Join(", ", RemedyAnswers.All)}).");
        if (report.AnsweredAt < report.OfferedAt)
            throw new ArgumentException($"Offer {report.Id} cannot be answered before it was made.");
    }

    /// <summary>The supervisor who approved the same remedy (kind, amount, currency, words) for this case.</summary>
    private static string? ApprovedBy(SheetRemedy remedy, IEnumerable<ApprovalRequest> approved) =>
        approved.Where(a => a.Remedy.Kind == remedy.Kind && a.Remedy.Cost == remedy.Cost && a.Remedy.Currency == remedy.Currency
                && a.Remedy.Description == remedy.Description)
            .OrderByDescending(a => a.DecidedAt).Select(a => a.DecidedBy).FirstOrDefault();

    private static RemedyOffer ToOffer(OfferReport report, string number, string conversationId, int sequence, string? approvedBy) => new()
    {
        Id = report.Id,
        CaseNumber = number,
        ConversationId = conversationId,
        OfferedBy = report.OfferedBy,
        ApprovedBy = approvedBy,
        RemedyKind = report.Remedy.Kind,
        RemedyCost = report.Remedy.Cost,
        RemedyCurrency = report.Remedy.Currency,
        RemedyGrantedBy = report.Remedy.GrantedBy,
        RemedyDescription = report.Remedy.Description,
        PolicyCode = report.PolicyCode,
        PolicyVersion = report.PolicyVersion,
        OfferedAt = report.OfferedAt,
        Sequence = sequence,
    };
}
