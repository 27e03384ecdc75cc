using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Escalation.Console;

/// <summary>
/// One date and time format per language on the console and its live chat, always with the zone: the console text
/// <c>Time.Format</c> ("2026-12-02 15:28 (Asia/Shanghai, UTC+08:00)"; "2026年12月02日 15:28（Asia/Shanghai，UTC+08:00）"),
/// whose fields console.js fills the same way. Times are in the staff member's own zone.
/// </summary>
public static class ConsoleTime
{
    /// <summary>The signed-in account's zone (<see cref="StaffPrincipal.TimeZoneClaim"/>), else the staffed-hours zone
    /// (<c>Escalation:TimeZone</c>, default Asia/Shanghai).</summary>
    public static TimeZoneInfo ZoneFor(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.FindFirst(StaffPrincipal.TimeZoneClaim)?.Value is { Length: > 0 } id
            && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var own))
        {
            return own;
        }
        return context.RequestServices.GetRequiredService<IOptions<EscalationOptions>>().Value.FindZone();
    }

    /// <summary>The IANA zone ids this server knows (<see cref="TimeZoneInfo.GetSystemTimeZones()"/>), sorted: what the
    /// console offers as a person's time zone, and the only ids it accepts.</summary>
    public static IReadOnlyList<string> ZoneIds { get; } =
        [.. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>The current language's pattern: fields <c>{yyyy} {MM} {dd} {HH} {mm} {zone} {offset}</c>.</summary>
    public static string Pattern => ConsoleTexts.Get("Time.Format");

    /// <summary><paramref name="at"/> in <paramref name="zone"/> by <paramref name="pattern"/>.</summary>
    public static string Format(DateTimeOffset at, TimeZoneInfo zone, string pattern)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(pattern);
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return pattern
            .Replace("{yyyy}", Two(local.Year, 4), StringComparison.Ordinal)
            .Replace("{MM}", Two(local.Month), StringComparison.Ordinal)
            .Replace("{dd}", Two(local.Day), StringComparison.Ordinal)
            .Replace("{HH}", Two(local.Hour), StringComparison.Ordinal)
            .Replace("{mm}", Two(local.Minute), StringComparison.Ordinal)
            .Replace("{zone}", zone.Id, StringComparison.Ordinal)
            .Replace("{offset}", Offset(local.Offset), StringComparison.Ordinal);
    }

    /// <summary>"UTC+08:00", "UTC-05:00", "UTC+05:30", "UTC+00:00".</summary>
    public static string Offset(TimeSpan offset) =>
        "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString("hh\\:mm", CultureInfo.InvariantCulture);

    private static string Two(int value, int digits = 2) => value.ToString(new string('0', digits), CultureInfo.InvariantCulture);
}
