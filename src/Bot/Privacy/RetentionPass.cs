using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Privacy;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Privacy;

/// <summary>
/// One pass of the retention job on the injected clock (ADR 0018): conversations silent past their period — 
/// <see cref="RetentionOptions.ClosedCaseConversations"/> when a case was opened from them (and none still holds the data),
/// <see cref="RetentionOptions.InactiveConversations"/> otherwise — are erased; uploads, finished inbox and outbox rows and
/// old audit entries are deleted, and so are files no stored activity refers to; cases finished long ago lose their contact data. Everything goes in batches, each its
/// own transaction, so turns commit between them; each step is a conditional change, so two instances may run passes at
/// once. What it did is written to the audit log.
/// </summary>
public sealed class RetentionPass(ConversationPrivacy conversations, CasePrivacy cases, AuditLog audit, TimeProvider clock,
    IOptions<PrivacyOptions> options)
{
    public const string Actor = "retention";

    public async Task<RetentionReport> RunAsync(CancellationToken ct)
    {
        var o = options.Value.Retention;
        var now = clock.GetUtcNow();
        var report = new RetentionReport(
            await ConversationsAsync(now - o.InactiveConversations, now - o.ClosedCaseConversations, o.BatchSize, ct),
            await RepeatAsync(b => conversations.DeleteUnusedDirectLineAsync(now - o.InactiveConversations, b, ct), o.BatchSize),
            await RepeatAsync(b => conversations.DeleteUploadsAsync(now - o.Uploads, b, ct), o.BatchSize),
            await RepeatAsync(b => conversations.DeleteDeliveryRowsAsync(now - o.InboxOutbox, b, ct), o.BatchSize),
            await RepeatAsync(b => cases.AnonymiseExpiredAsync(now - o.ClosedCases, b, ct), o.BatchSize),
            await RepeatAsync(b => cases.PurgeAuditAsync(now - o.AuditLog, b, ct), o.BatchSize),
            await RepeatAsync(b => conversations.DeleteOrphanedUploadsAsync(now - o.OrphanedUploads, b, ct), o.BatchSize));
        if (report.Any) await audit.WriteAsync(Actor, AuditActions.RetentionApplied, null, report.ToString(), ct: ct);
        return report;
    }

    private async Task<int> ConversationsAsync(DateTimeOffset inactiveBefore, DateTimeOffset closedBefore, int batch, CancellationToken ct)
    {
        var erased = 0;
        ExpiryCandidate? after = null;
        var before = inactiveBefore > closedBefore ? inactiveBefore : closedBefore;
        while (true)
        {
            var page = await conversations.CandidatesAsync(before, after, batch, ct);
            if (page.Count == 0) return erased;
            after = page[^1];
            var ids = page.Select(c => c.Id).ToList();
            var withCases = await cases.WithCasesAsync(ids, ct);
            var held = (await cases.HoldsAsync(ids, ct)).Select(h => h.ConversationId).ToHashSet(StringComparer.Ordinal);
            var plain = page.Where(c => !withCases.Contains(c.Id) && c.UpdatedAt < inactiveBefore).Select(c => c.Id).ToList();
            var closed = page.Where(c => withCases.Contains(c.Id) && !held.Contains(c.Id) && c.UpdatedAt < closedBefore).Select(c => c.Id).ToList();
            erased += await conversations.EraseExpiredAsync(plain, inactiveBefore, ct);
            erased += await conversations.EraseExpiredAsync(closed, closedBefore, ct);
        }
    }

    private static async Task<int> RepeatAsync(Func<int, Task<int>> batchStep, int batch)
    {
        var total = 0;
        while (await batchStep(batch) is var done and > 0)
        {
            total += done;
            if (done < batch) break;
        }
        return total;
    }
}
