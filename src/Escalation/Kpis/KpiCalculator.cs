using AfterSalesBot.Escalation.Conversations;

namespace AfterSalesBot.Escalation.Kpis;

/// <summary>What the KPI queries read, in the form the calculation takes.</summary>
/// <param name="Now">The instant of the report: a deadline not yet passed is not yet missed.</param>
/// <param name="ReopenedModels">The model of each case reopened in the period (null when the sheet has none).</param>
/// <param name="LanguageModel">The language model's use in the period; none when not given.</param>
public sealed record KpiInputs(KpiPeriod Period, DateTimeOffset Now, TimeZoneInfo Zone, IReadOnlyList<ComplaintFacts> Complaints,
    IReadOnlyList<CaseFacts> Cases, IReadOnlyList<string?> ReopenedModels, IReadOnlyList<ModelCount> RepeatFailures,
    ModelUsage? LanguageModel = null);

/// <summary>A case opened in the period, as the KPIs need it.</summary>
/// <param name="Escalated">Opened by a handover to a person (not by an agreed remedy the departments carry out).</param>
/// <param name="FirstRespondedAt">When a person first wrote to the customer, else when the case was first taken.</param>
public sealed record CaseFacts(string Number, DateTimeOffset OpenedAt, bool Escalated, DateTimeOffset FirstResponseDue,
    DateTimeOffset ResolutionDue, DateTimeOffset? FirstRespondedAt, DateTimeOffset? ResolvedAt);

/// <summary>The KPI arithmetic, apart from the queries so it can be checked by hand.</summary>
public static class KpiCalculator
{
    /// <summary>The model shown for a reopened case whose sheet names none.</summary>
    public const string UnknownModel = "unknown";

    public static KpiReport Calculate(KpiInputs input)
    {
        var complaints = input.Complaints;
        var offered = complaints.Where(c => c.OffersMade > 0).ToList();
        var escalatedCases = input.Cases.Where(c => c.Escalated).ToList();
        return new KpiReport(
            input.Period,
            input.Now,
            complaints.Count,
            new Rate(complaints.Count(c => c.Outcome == TranscriptOutcomes.Agreed && !c.Escalated), complaints.Count),
            new Rate(complaints.Count(c => c.Escalated), complaints.Count),
            new Rate(offered.Count(c => c.OffersAccepted > 0), offered.Count),
            Durations(escalatedCases.Where(c => c.FirstRespondedAt is not null).Select(c => c.FirstRespondedAt!.Value - c.OpenedAt)),
            Durations(input.Cases.Where(c => c.ResolvedAt is not null).Select(c => c.ResolvedAt!.Value - c.OpenedAt)),
            Sla(escalatedCases, c => c.FirstRespondedAt, c => c.FirstResponseDue, input.Now),
            Sla(input.Cases, c => c.ResolvedAt, c => c.ResolutionDue, input.Now),
            ReasonMix(complaints),
            input.RepeatFailures,
            [.. input.ReopenedModels.GroupBy(m => m ?? UnknownModel).Select(g => new ModelCount(g.Key, g.Count()))
                .OrderByDescending(m => m.Count).ThenBy(m => m.Model, StringComparer.Ordinal)],
            Daily(complaints, input.Period, input.Zone),
            input.LanguageModel ?? ModelUsage.None);
    }

    /// <summary>Median and nearest-rank 90th percentile; negative durations (clock skew) count as zero.</summary>
    public static DurationStats Durations(IEnumerable<TimeSpan> durations)
    {
        var sorted = durations.Select(d => d < TimeSpan.Zero ? TimeSpan.Zero : d).Order().ToList();
        if (sorted.Count == 0) return DurationStats.None;
        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        var p90 = sorted[(int)Math.Ceiling(0.9 * sorted.Count) - 1];
        return new DurationStats(sorted.Count, median, p90);
    }

    /// <summary>Met: done by the deadline. Counted once done, or once the deadline passed undone (a miss).</summary>
    private static Rate Sla(IReadOnlyList<CaseFacts> cases, Func<CaseFacts, DateTimeOffset?> done, Func<CaseFacts, DateTimeOffset> due,
        DateTimeOffset now)
    {
        var decided = cases.Where(c => done(c) is not null || due(c) <= now).ToList();
        return new Rate(decided.Count(c => done(c) is { } at && at <= due(c)), decided.Count);
    }

    private static List<CodeCount> ReasonMix(IReadOnlyList<ComplaintFacts> complaints) =>
    [
        .. complaints.SelectMany(c => c.ReasonCodes.Distinct(StringComparer.Ordinal)).GroupBy(code => code, StringComparer.Ordinal)
            .Select(g => new CodeCount(g.Key, g.Count())).OrderByDescending(c => c.Count).ThenBy(c => c.Code, StringComparer.Ordinal),
    ];

    private static List<DayCount> Daily(IReadOnlyList<ComplaintFacts> complaints, KpiPeriod period, TimeZoneInfo zone)
    {
        var perDay = complaints.GroupBy(c => DayOf(c.StartedAt, zone)).ToDictionary(g => g.Key, g => g.Count());
        var days = new List<DayCount>();
        if (period.To <= period.From) return days;
        var last = DayOf(period.To.AddTicks(-1), zone);
        for (var day = DayOf(period.From, zone); day <= last; day = day.AddDays(1))
            days.Add(new DayCount(day, perDay.GetValueOrDefault(day)));
        return days;
    }

    public static DateOnly DayOf(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
}
