using AfterSalesBot.Escalation.Kpis;

namespace AfterSalesBot.Escalation.Console;

/// <summary>
/// The period the KPI dashboard shows, chosen as the last 7, 30 or 90 days (today included) or as first and last day;
/// days are the calendar days of the business time zone, the last day included. A span longer than a report may cover
/// keeps its last day and is cut to <see cref="MaxDays"/>; days given the wrong way round are swapped.
/// </summary>
/// <param name="Days">The preset chosen; null for explicit days.</param>
public sealed record DashboardPeriod(KpiPeriod Period, DateOnly FirstDay, DateOnly LastDay, int? Days)
{
    public const int DefaultDays = 30;
    public static readonly IReadOnlyList<int> Presets = [7, 30, 90];
    public static readonly int MaxDays = (int)KpiService.MaxPeriod.TotalDays;

    public static DashboardPeriod Choose(int? days, DateOnly? from, DateOnly? to, string? channel, DateTimeOffset now, TimeZoneInfo zone)
    {
        channel = string.IsNullOrWhiteSpace(channel) ? null : channel.Trim();
        var today = KpiCalculator.DayOf(now, zone);
        int? preset = null;
        DateOnly first, last;
        if (from is not null || to is not null)
        {
            last = to ?? today;
            first = from ?? last.AddDays(1 - DefaultDays);
            if (last < first) (first, last) = (last, first);
            if (last.DayNumber - first.DayNumber + 1 > MaxDays) first = last.AddDays(1 - MaxDays);
        }
        else
        {
            preset = days is { } d && Presets.Contains(d) ? d : DefaultDays;
            last = today;
            first = today.AddDays(1 - preset.Value);
        }
        return new DashboardPeriod(new KpiPeriod(StartOf(first, zone), StartOf(last.AddDays(1), zone), channel), first, last, preset);
    }

    /// <summary>The first instant of <paramref name="day"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        // Where a clock change skips midnight, the day starts at the first time that exists.
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(15);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
