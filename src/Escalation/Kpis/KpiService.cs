using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Escalation.Kpis;

/// <summary>
/// The KPI report for a period: conversation numbers from the host (<see cref="IConversationStatistics"/>), case
/// numbers from the desk's own tables, the arithmetic in <see cref="KpiCalculator"/>. Days are the calendar days of
/// <c>Escalation:TimeZone</c>.
/// </summary>
public sealed class KpiService(IConversationStatistics conversations, IDbContextFactory<EscalationDbContext> factory,
    IOptions<EscalationOptions> options, TimeProvider clock)
{
    /// <summary>The longest period one report covers, so the daily series stays a chart.</summary>
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(400);

    public async Task<KpiReport> ReportAsync(KpiPeriod period, CancellationToken ct)
    {
        if (period.To <= period.From) throw new ArgumentException("The period must end after it starts.", nameof(period));
        if (period.To - period.From > MaxPeriod) throw new ArgumentException($"A report covers at most {MaxPeriod.TotalDays} days.", nameof(period));
        var zone = options.Value.FindZone();
        var now = clock.GetUtcNow();

        var complaints = await conversations.ComplaintsAsync(period, ct);
        var repeats = await conversations.RepeatFailuresAsync(KpiCalculator.DayOf(period.From, zone),
            KpiCalculator.DayOf(period.To.AddTicks(-1), zone).AddDays(1), ct);
        var languageModel = await conversations.LanguageModelAsync(period, ct);
        await using var db = factory.CreateDbContext();
        var cases = await Cases(db, period).ToListAsync(ct);
        var reopened = await Reopened(db, period).Select(c => c.Sheet).ToListAsync(ct);
        return KpiCalculator.Calculate(new KpiInputs(period, now, zone, complaints, cases, [.. reopened.Select(s => s.Model)], repeats,
            languageModel));
    }

    /// <summary>Cases opened in the period. The first response is the recorded one, else the first take; the resolution
    /// the recorded one, else (a resolved or closed case from before it was recorded) the last Resolved event.</summary>
    public static IQueryable<CaseFacts> Cases(EscalationDbContext db, KpiPeriod period)
    {
        var (from, to) = (period.From, period.To);
        var cases = db.Cases.AsNoTracking().Where(c => c.OpenedAt >= from && c.OpenedAt < to);
        if (period.Channel is { } channel) cases = cases.Where(c => c.ChannelId == channel);
        return cases.Select(c => new CaseFacts(c.Number, c.OpenedAt, c.Reason != null, c.FirstResponseDue, c.ResolutionDue,
            c.FirstRespondedAt ?? db.Events.Where(e => e.CaseNumber == c.Number && e.Kind == CaseEventKinds.Taken)
                .OrderBy(e => e.At).Select(e => (DateTimeOffset?)e.At).FirstOrDefault(),
            c.ResolvedAt ?? (c.Status == CaseStatus.Resolved || c.Status == CaseStatus.Closed
                ? db.Events.Where(e => e.CaseNumber == c.Number && e.Kind == CaseEventKinds.Resolved)
                    .OrderByDescending(e => e.At).Select(e => (DateTimeOffset?)e.At).FirstOrDefault()
                : null)));
    }

    /// <summary>Cases reopened in the period (each once, however often).</summary>
    public static IQueryable<EscalatedCase> Reopened(EscalationDbContext db, KpiPeriod period)
    {
        var (from, to) = (period.From, period.To);
        var numbers = db.Events.Where(e => e.Kind == CaseEventKinds.Reopened && e.At >= from && e.At < to).Select(e => e.CaseNumber);
        var cases = db.Cases.AsNoTracking().Where(c => numbers.Contains(c.Number));
        if (period.Channel is { } channel) cases = cases.Where(c => c.ChannelId == channel);
        return cases;
    }
}
