using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Escalation.Approvals;

/// <summary>The approval request as the console lists it, with the case it belongs to.</summary>
public sealed record PendingApproval(long Id, string CaseNumber, string RequestedBy, DateTimeOffset RequestedAt, SheetRemedy Remedy,
    string Justification, string Status, string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote, CasePriority Priority,
    string? Model, string? CoverageVerdict);

/// <summary>What came of a decision; <see cref="ConversationId"/> tells the caller whom to tell.</summary>
public sealed record ApprovalDecision(bool Succeeded, string? Reason, string? ConversationId = null, SheetRemedy? Remedy = null, string? CaseNumber = null);

/// <summary>
/// Remedies beyond the staff member's authority go to a supervisor (DOMAIN.md §3 step 4, §7). Requesting moves the
/// case to <see cref="CaseStatus.WaitingOnApproval"/>; the decision (once: a second decision finds it decided) returns
/// it to the owner. Each writes its <see cref="CaseEvent"/> in the same transaction.
/// </summary>
public sealed class ApprovalDesk(IDbContextFactory<EscalationDbContext> factory, TimeProvider time)
{
    public async Task<CaseActionResult> RequestAsync(string number, string agent, SheetRemedy remedy, string justification, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(remedy);
        if (string.IsNullOrWhiteSpace(justification))
            return new CaseActionResult(false, "Say why the customer should have this remedy.", CaseRefusal.NotAllowed);
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var c = await db.Cases.SingleOrDefaultAsync(x => x.Number == number, ct);
        if (c is null) return new CaseActionResult(false, $"There is no case {number}.", CaseRefusal.NotFound);
        if (c.Assignee != agent) return new CaseActionResult(false, $"Only the owner of case {number} can ask for an approval.", CaseRefusal.NotAllowed);
        try
        {
            c.RequestApproval();
        }
        catch (CaseTransitionException refused)
        {
            return new CaseActionResult(false, refused.Message, CaseRefusal.NotAllowed);
        }
        var now = time.GetUtcNow();
        db.Approvals.Add(new ApprovalRequest
        {
            CaseNumber = c.Number,
            RequestedBy = agent,
            RequestedAt = now,
            Remedy = remedy,
            Justification = justification.Trim(),
            Status = ApprovalStatus.Pending,
        });
        db.Events.Add(new CaseEvent { CaseNumber = c.Number, At = now, Kind = CaseEventKinds.ApprovalRequested, Actor = agent, Detail = remedy.Description });
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new CaseActionResult(false, $"Case {number} was changed by someone else meanwhile; look again.", CaseRefusal.ChangedMeanwhile);
        }
        return CaseActionResult.Done;
    }

    /// <summary>Approve or reject; a supervisor may not decide their own request.</summary>
    public async Task<ApprovalDecision> DecideAsync(long id, string supervisor, bool approve, string? note, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var request = await db.Approvals.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (request is null) return new ApprovalDecision(false, $"There is no approval request {id}.");
        if (request.Status != ApprovalStatus.Pending)
            return new ApprovalDecision(false, $"This request was already {request.Status.ToLowerInvariant()} by {request.DecidedBy}.");
        if (request.RequestedBy == supervisor) return new ApprovalDecision(false, "A request is decided by another supervisor, not by the one who asked.");
        var c = await db.Cases.SingleAsync(x => x.Number == request.CaseNumber, ct);
        try
        {
            c.ApprovalDecided();
        }
        catch (CaseTransitionException refused)
        {
            return new ApprovalDecision(false, refused.Message);
        }
        var now = time.GetUtcNow();
        request.Status = approve ? ApprovalStatus.Approved : ApprovalStatus.Rejected;
        request.DecidedBy = supervisor;
        request.DecidedAt = now;
        request.DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        db.Events.Add(new CaseEvent
        {
            CaseNumber = c.Number, At = now, Kind = approve ? CaseEventKinds.ApprovalGranted : CaseEventKinds.ApprovalRefused, Actor = supervisor,
            Detail = request.Remedy.Description + (request.DecisionNote is { } n ? " — " + n : ""),
        });
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ApprovalDecision(false, "Another supervisor decided this request at the same moment; look again.");
        }
        return new ApprovalDecision(true, null, c.ConversationId, request.Remedy, c.Number);
    }

    /// <summary>Pending first (oldest first), then the latest decisions.</summary>
    public async Task<IReadOnlyList<PendingApproval>> ListAsync(bool pendingOnly, string? caseNumber, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var query = from a in db.Approvals.AsNoTracking()
                    join c in db.Cases.AsNoTracking() on a.CaseNumber equals c.Number
                    select new { a, c.Priority, c.Sheet };
        if (pendingOnly) query = query.Where(x => x.a.Status == ApprovalStatus.Pending);
        if (caseNumber is not null) query = query.Where(x => x.a.CaseNumber == caseNumber);
        var rows = await query.OrderByDescending(x => x.a.Id).Take(200).ToListAsync(ct);
        return [.. rows
            .OrderBy(x => x.a.Status == ApprovalStatus.Pending ? 0 : 1)
            .ThenBy(x => x.a.Status == ApprovalStatus.Pending ? x.a.Id : -x.a.Id)
            .Select(x => new PendingApproval(x.a.Id, x.a.CaseNumber, x.a.RequestedBy, x.a.RequestedAt, x.a.Remedy, x.a.Justification, x.a.Status,
                x.a.DecidedBy, x.a.DecidedAt, x.a.DecisionNote, x.Priority, x.Sheet.Model, x.Sheet.CoverageVerdict))];
    }

    public async Task<int> CountPendingAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.Approvals.CountAsync(a => a.Status == ApprovalStatus.Pending, ct);
    }
}
