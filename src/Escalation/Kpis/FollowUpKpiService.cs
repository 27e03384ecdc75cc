using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Data;
using AfterSalesBot.Escalation.FollowUps;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Escalation.Kpis;

/// <summary>The follow-up KPIs of a period, optionally for one channel, from the desk's own tables.</summary>
public sealed class FollowUpKpiService(IDbContextFactory<EscalationDbContext> factory, IOptions<FollowUpOptions> options)
{
    private static readonly string[] RepairKinds = ["FreeRepair", "PaidRepair", "PartReplacement", "OnSiteVisit"];

    public async Task<FollowUpKpis> ReportAsync(KpiPeriod period, CancellationToken ct)
    {
        var (from, to) = (period.From, period.To);
        await using var db = factory.CreateDbContext();
        var cases = period.Channel is { } channel
            ? db.Cases.Where(c => c.ChannelId == channel).Select(c => c.Number)
            : db.Cases.Select(c => c.Number);

        var done = await db.FollowUps.CountAsync(f => f.Kind == FollowUpKinds.Ask && f.Status == FollowUpStatuses.Sent
            && f.FinishedAt >= from && f.FinishedAt < to && cases.Contains(f.CaseNumber), ct);
        var repairs = await db.Agreements.CountAsync(a => RepairKinds.Contains(a.RemedyKind)
            && a.AcceptedAt >= from && a.AcceptedAt < to && cases.Contains(a.CaseNumber), ct);
        var ratings = await db.FollowUpResults.Where(r => r.Rating != null && r.RatedAt >= from && r.RatedAt < to && cases.Contains(r.CaseNumber))
            .Select(r => r.Rating!.Value).ToListAsync(ct);
        var outcomes = await db.FollowUpResults.Where(r => r.At >= from && r.At < to && cases.Contains(r.CaseNumber))
            .Select(r => r.Outcome).ToListAsync(ct);
        var reopened = await db.Events.Where(e => e.Kind == CaseEventKinds.Reopened && e.At >= from && e.At < to && cases.Contains(e.CaseNumber))
            .Select(e => e.CaseNumber).Distinct().CountAsync(ct);
        var settled = await db.Events.Where(e => (e.Kind == CaseEventKinds.Resolved || e.Kind == CaseEventKinds.FollowUpAnswered)
                && e.At >= from && e.At < to && cases.Contains(e.CaseNumber))
            .Select(e => e.CaseNumber).Distinct().CountAsync(ct);

        int[] distribution = [.. Enumerable.Range(1, 5).Select(n => ratings.Count(r => r == n))];
        return new FollowUpKpis(done, repairs, new Rate(done, repairs), options.Value.MonthlyQuota,
            ratings.Count == 0 ? null : ratings.Average(), distribution,
            new Rate(outcomes.Count(o => o == FollowUpOutcomes.Solved), outcomes.Count),
            new Rate(reopened, Math.Max(settled, reopened)));
    }
}
