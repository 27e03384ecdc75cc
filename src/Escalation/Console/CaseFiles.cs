using AfterSalesBot.Escalation.Approvals;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Escalation.Console;

/// <summary>A case with everything the console shows about it.</summary>
/// <param name="Agreements">The accepted remedies (one row each).</param>
/// <param name="Offers">The handling agreement line by line: every remedy offered and the answer, in order.</param>
public sealed record CaseFile(EscalatedCase Case, IReadOnlyList<CaseEvent> Events, IReadOnlyList<CaseNote> Notes,
    IReadOnlyList<HandlingAgreement> Agreements, IReadOnlyList<HandlingAgreementRecord> Offers);

/// <summary>A held or queued case as the console's lists show it.</summary>
public sealed record CaseRow(string Number, CasePriority Priority, CaseStatus Status, string? Assignee, string? Team, string? Model,
    string? ProductName, EscalationReason? Reason, DateTimeOffset OpenedAt, DateTimeOffset FirstResponseDue, DateTimeOffset ResolutionDue,
    DateTimeOffset? FirstRespondedAt);

/// <summary>The cases opened from one conversation, oldest first, all their internal notes and their handling agreements
/// (every offer and answer).</summary>
public sealed record ConversationCases(IReadOnlyList<EscalatedCase> Cases, IReadOnlyList<CaseNote> Notes,
    IReadOnlyList<HandlingAgreementRecord> Offers);

/// <summary>The console's reads of cases (the writes go through <see cref="CaseQueue"/> and friends).</summary>
public sealed partial class CaseFiles(IDbContextFactory<EscalationDbContext> factory)
{
    private static readonly CaseStatus[] InQueue = [.. CaseStatuses.InQueue];
    private static readonly CaseStatus[] Held = [.. CaseStatuses.Held];

    public async Task<CaseFile?> GetAsync(string number, CancellationToken ct)
    {
        var wanted = number.Trim().ToUpperInvariant();
        await using var db = factory.CreateDbContext();
        var c = await db.Cases.AsNoTracking().SingleOrDefaultAsync(x => x.Number == wanted, ct);
        if (c is null) return null;
        var events = await db.Events.AsNoTracking().Where(e => e.CaseNumber == wanted).OrderBy(e => e.Id).ToListAsync(ct);
        var notes = await db.Notes.AsNoTracking().Where(n => n.CaseNumber == wanted).OrderBy(n => n.Id).ToListAsync(ct);
        var agreements = await db.Agreements.AsNoTracking().Where(a => a.CaseNumber == wanted).ToListAsync(ct);
        return new CaseFile(c, events, notes, agreements, await RemedyLedger.ReadAsync(db, [wanted], ct));
    }

    /// <summary>Every case opened from the conversation (a customer may complain twice in one chat) with their notes.</summary>
    public async Task<ConversationCases> ForConversationAsync(string conversationId, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var cases = await db.Cases.AsNoTracking().Where(c => c.ConversationId == conversationId)
            .OrderBy(c => c.OpenedAt).ThenBy(c => c.Number).ToListAsync(ct);
        var numbers = cases.Select(c => c.Number).ToList();
        var notes = numbers.Count == 0 ? [] : await db.Notes.AsNoTracking().Where(n => numbers.Contains(n.CaseNumber))
            .OrderBy(n => n.At).ThenBy(n => n.Id).ToListAsync(ct);
        return new ConversationCases(cases, notes, await RemedyLedger.ReadAsync(db, numbers, ct));
    }

    /// <summary>The newest case opened from each of the conversations (those without a case are absent).</summary>
    public async Task<IReadOnlyDictionary<string, string>> LatestCaseNumbersAsync(IReadOnlyCollection<string> conversationIds, CancellationToken ct)
    {
        if (conversationIds.Count == 0) return new Dictionary<string, string>();
        await using var db = factory.CreateDbContext();
        var cases = await db.Cases.AsNoTracking().Where(c => conversationIds.Contains(c.ConversationId))
            .Select(c => new { c.ConversationId, c.Number, c.OpenedAt }).ToListAsync(ct);
        return cases.GroupBy(c => c.ConversationId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Number, StringComparer.Ordinal).First().Number);
    }

    /// <summary>The cases the agent holds, most pressing first.</summary>
    public Task<IReadOnlyList<CaseRow>> MineAsync(string agent, CancellationToken ct) =>
        ListAsync(q => q.Where(c => c.Assignee == agent && Held.Contains(c.Status)), ct);

    /// <summary>Queued and reopened cases in queue order (safety, urgent, normal; then the first-response deadline).</summary>
    public Task<IReadOnlyList<CaseRow>> QueueAsync(CancellationToken ct) => ListAsync(q => q.Where(c => InQueue.Contains(c.Status)), ct);

    /// <summary>Every open case (supervisors).</summary>
    public Task<IReadOnlyList<CaseRow>> OpenAsync(CancellationToken ct) =>
        ListAsync(q => q.Where(c => InQueue.Contains(c.Status) || Held.Contains(c.Status)), ct);

    private async Task<IReadOnlyList<CaseRow>> ListAsync(Func<IQueryable<EscalatedCase>, IQueryable<EscalatedCase>> filter, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var cases = await filter(db.Cases.AsNoTracking())
            .InQueueOrder()
            .Take(500)
            .ToListAsync(ct);
        return [.. cases.Select(c => new CaseRow(c.Number, c.Priority, c.Status, c.Assignee, c.Team, c.Sheet.Model, c.Sheet.ProductName, c.Reason,
            c.OpenedAt, c.FirstResponseDue, c.ResolutionDue, c.FirstRespondedAt))];
    }

    /// <summary>SLA warnings and breaches since <paramref name="since"/>, newest first: the supervisor's notices.</summary>
    public async Task<IReadOnlyList<CaseEvent>> SlaAlertsAsync(DateTimeOffset since, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.Events.AsNoTracking()
            .Where(e => (e.Kind == CaseEventKinds.SlaBreached || e.Kind == CaseEventKinds.SlaWarning) && e.At >= since)
            .OrderByDescending(e => e.Id).Take(100).ToListAsync(ct);
    }
}
