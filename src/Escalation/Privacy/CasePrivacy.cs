using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Data;
using AfterSalesBot.Escalation.FollowUps;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Escalation.Privacy;

/// <summary>
/// A customer's data in the cases opened from their conversations: the legal holds on it, a copy of it, and its
/// erasure. Erasing keeps the business facts (product, serial, dates, the coverage decision, remedies, the handling
/// agreement, the history's kinds and times) and removes the person: name, phone, e-mail, address, their words in
/// the sheet, ratings' comments, and contact data in notes and history details (masked). Case history, notes and the
/// agreement are otherwise append-only; this is the one sanctioned change to them (ADR 0018).
/// </summary>
public sealed partial class CasePrivacy(IDbContextFactory<EscalationDbContext> factory, TimeProvider clock)
{
    private static readonly CaseStatus[] Finished = [CaseStatus.Resolved, CaseStatus.Closed];

    /// <summary>The cases of these conversations that keep their data for now, and why.</summary>
    public async Task<IReadOnlyList<CaseHold>> HoldsAsync(IReadOnlyCollection<string> conversationIds, CancellationToken ct)
    {
        if (conversationIds.Count == 0) return [];
        await using var db = factory.CreateDbContext();
        var cases = await db.Cases.AsNoTracking().Where(c => conversationIds.Contains(c.ConversationId))
            .Select(c => new { c.Number, c.ConversationId, c.Status }).ToListAsync(ct);
        var numbers = cases.Select(c => c.Number).ToList();
        var followUpOwed = (await db.FollowUps.AsNoTracking()
                .Where(f => numbers.Contains(f.CaseNumber) && (f.Status == FollowUpStatuses.Pending || f.Status == FollowUpStatuses.Sending))
                .Select(f => f.CaseNumber).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var holds = new List<CaseHold>();
        foreach (var c in cases.OrderBy(c => c.Number, StringComparer.Ordinal))
        {
            if (c.Status == CaseStatus.ActionPending || c.Status == CaseStatus.Resolved && followUpOwed.Contains(c.Number))
                holds.Add(new CaseHold(c.Number, c.ConversationId, CaseHoldReason.AgreementRunning));
            else if (!Finished.Contains(c.Status))
                holds.Add(new CaseHold(c.Number, c.ConversationId, CaseHoldReason.OpenCase));
        }
        return holds;
    }

    /// <summary>Those of the conversations a case was opened from.</summary>
    public async Task<IReadOnlySet<string>> WithCasesAsync(IReadOnlyCollection<string> conversationIds, CancellationToken ct)
    {
        if (conversationIds.Count == 0) return new HashSet<string>();
        await using var db = factory.CreateDbContext();
        return (await db.Cases.AsNoTracking().Where(c => conversationIds.Contains(c.ConversationId)).Select(c => c.ConversationId).Distinct()
            .ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The conversation a case was opened from; null for an unknown number.</summary>
    public async Task<string?> ConversationOfAsync(string caseNumber, CancellationToken ct)
    {
        var wanted = caseNumber.Trim().ToUpperInvariant();
        await using var db = factory.CreateDbContext();
        return await db.Cases.AsNoTracking().Where(c => c.Number == wanted).Select(c => c.ConversationId).FirstOrDefaultAsync(ct);
    }

    /// <summary>Everything the cases of these conversations hold about their customer, oldest first.</summary>
    public async Task<IReadOnlyList<CaseDataCopy>> CopyAsync(IReadOnlyCollection<string> conversationIds, CancellationToken ct)
    {
        if (conversationIds.Count == 0) return [];
        await using var db = factory.CreateDbContext();
        var cases = await db.Cases.AsNoTracking().Where(c => conversationIds.Contains(c.ConversationId))
            .OrderBy(c => c.OpenedAt).ThenBy(c => c.Number).ToListAsync(ct);
        var numbers = cases.Select(c => c.Number).ToList();
        var events = await db.Events.AsNoTracking().Where(e => numbers.Contains(e.CaseNumber)).OrderBy(e => e.Id).ToListAsync(ct);
        var results = await db.FollowUpResults.AsNoTracking().Where(r => numbers.Contains(r.CaseNumber)).ToListAsync(ct);
        var ledger = await RemedyLedger.ReadAsync(db, numbers, ct);
        return [.. cases.Select(c => new CaseDataCopy(c.Number, c.Status.ToString(), c.OpenedAt, c.ResolvedAt, c.Outcome, c.Sheet,
            [.. events.Where(e => e.CaseNumber == c.Number).Select(e => new CaseDataEvent(e.At, e.Kind))],
            [.. ledger.Where(a => a.CaseNumber == c.Number)],
            [.. results.Where(r => r.CaseNumber == c.Number).OrderBy(r => r.At).Select(r => new CaseDataFollowUp(r.At, r.Outcome, r.Rating, r.Comment))]))];
    }

    /// <summary>Removes the person from every case of these conversations that no hold keeps (the caller checked the
    /// holds); answers the case numbers changed. Status checks made from the conversations (wrong ones and proofs) go too.</summary>
    public async Task<IReadOnlyList<string>> EraseAsync(IReadOnlyCollection<string> conversationIds, CancellationToken ct)
    {
        if (conversationIds.Count == 0) return [];
        var held = (await HoldsAsync(conversationIds, ct)).Select(h => h.CaseNumber).ToHashSet(StringComparer.Ordinal);
        await using var db = factory.CreateDbContext();
        var numbers = (await db.Cases.AsNoTracking().Where(c => conversationIds.Contains(c.ConversationId)).Select(c => c.Number).ToListAsync(ct))
            .Where(n => !held.Contains(n)).ToList();
        await AnonymiseAsync(db, numbers, ct);
        await db.StatusCheckFailures.Where(f => conversationIds.Contains(f.ConversationId)).ExecuteDeleteAsync(ct);
        await db.StatusCheckProofs.Where(p => conversationIds.Contains(p.ConversationId)).ExecuteDeleteAsync(ct);
        return numbers;
    }

    /// <summary>Sheet, phone digits, outcome, notes, history details and follow-up comments of these cases, in one transaction.</summary>
    private async Task AnonymiseAsync(EscalationDbContext db, IReadOnlyList<string> numbers, CancellationToken ct)
    {
        if (numbers.Count == 0) return;
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var cases = await db.Cases.AsNoTracking().Where(c => numbers.Contains(c.Number))
            .Select(c => new { c.Number, c.Sheet, c.Outcome }).ToListAsync(ct);
        foreach (var c in cases)
        {
            var sheet = Anonymised(c.Sheet);
            var outcome = PersonalDataMask.Mask(c.Outcome);
            await db.Cases.Where(x => x.Number == c.Number).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Sheet, sheet)
                .SetProperty(x => x.Outcome, outcome)
                .SetProperty(x => x.PhoneLastFour, (string?)null)
                .SetProperty(x => x.PersonalDataErasedAt, now)
                .SetProperty(x => x.Version, x => x.Version + 1), ct);
        }
        foreach (var note in await db.Notes.AsNoTracking().Where(n => numbers.Contains(n.CaseNumber)).Select(n => new { n.Id, n.Text }).ToListAsync(ct))
        {
            var text = PersonalDataMask.Mask(note.Text)!;
            if (text != note.Text) await db.Notes.Where(n => n.Id == note.Id).ExecuteUpdateAsync(s => s.SetProperty(n => n.Text, text), ct);
        }
        foreach (var e in await db.Events.AsNoTracking().Where(e => numbers.Contains(e.CaseNumber) && e.Detail != null).Select(e => new { e.Id, e.Detail }).ToListAsync(ct))
        {
            var detail = PersonalDataMask.Mask(e.Detail);
            if (detail != e.Detail) await db.Events.Where(x => x.Id == e.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Detail, detail), ct);
        }
        await db.FollowUpResults.Where(r => numbers.Contains(r.CaseNumber) && r.Comment != null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Comment, (string?)null), ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>The sheet without the person: contact data gone, their own words masked, the facts kept.</summary>
    public static CaseSheet Anonymised(CaseSheet sheet) => sheet with
    {
        CustomerName = null,
        Phone = null,
        Email = null,
        Location = null,
        Problem = PersonalDataMask.Mask(sheet.Problem),
        Demand = PersonalDataMask.Mask(sheet.Demand),
        Summary = PersonalDataMask.Mask(sheet.Summary),
    };
}
