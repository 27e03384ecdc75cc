using System.Globalization;
using AfterSalesBot.Escalation.Kpis;

namespace AfterSalesBot.Escalation.Console;

/// <summary>How the dashboard writes a KPI: a rate with nothing to divide by is a dash, never 0%.</summary>
public static class KpiFormat
{
    public const string None = "—";

    public static string Percent(Rate rate) =>
        rate.Value is { } value ? value.ToString("0.#%", CultureInfo.InvariantCulture) : None;

    /// <summary>"12 / 40": what the rate is of.</summary>
    public static string Fraction(Rate rate) => string.Create(CultureInfo.InvariantCulture, $"{rate.Count} / {rate.Of}");

    /// <summary>Minutes under an hour, hours and minutes under two days, then days and hours; in the page's language.</summary>
    public static string Duration(TimeSpan? duration)
    {
        if (duration is not { } d) return None;
        if (d < TimeSpan.FromHours(1)) return L.T("Duration.Minutes", (int)Math.Round(d.TotalMinutes));
        if (d < TimeSpan.FromDays(2)) return L.T("Duration.Hours", (int)d.TotalHours, d.Minutes);
        return L.T("Duration.Days", (int)d.TotalDays, d.Hours);
    }
}
