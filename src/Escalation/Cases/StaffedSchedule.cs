using System.Globalization;

namespace AfterSalesBot.Escalation.Cases;

/// <summary>When people are on duty (<c>Escalation:StaffedHours</c>), per weekday in the business time zone.</summary>
public sealed class StaffedSchedule
{
    private readonly IReadOnlyDictionary<DayOfWeek, (TimeSpan Open, TimeSpan Close)?> _days;
    private readonly TimeZoneInfo _zone;

    private StaffedSchedule(IReadOnlyDictionary<DayOfWeek, (TimeSpan, TimeSpan)?> days, TimeZoneInfo zone) => (_days, _zone) = (days, zone);

    public static StaffedSchedule Parse(IReadOnlyDictionary<DayOfWeek, string> days, TimeZoneInfo zone) =>
        TryParseDays(days, out var parsed) ? new StaffedSchedule(parsed, zone)
            : throw new FormatException("Escalation:StaffedHours: each day is \"HH:mm-HH:mm\" (close after open, up to 24:00) or \"closed\".");

    /// <summary>Days not listed are closed.</summary>
    public static bool TryParseDays(IReadOnlyDictionary<DayOfWeek, string> days, out IReadOnlyDictionary<DayOfWeek, (TimeSpan Open, TimeSpan Close)?> parsed)
    {
        var result = Enum.GetValues<DayOfWeek>().ToDictionary(d => d, _ => ((TimeSpan, TimeSpan)?)null);
        parsed = result;
        foreach (var (day, text) in days)
        {
            if (string.IsNullOrWhiteSpace(text) || text.Trim().Equals("closed", StringComparison.OrdinalIgnoreCase)) continue;
            var parts = text.Split('-', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !TryTime(parts[0], out var open) || !TryTime(parts[1], out var close) || close <= open) return false;
            result[day] = (open, close);
        }
        return true;
    }

    public bool IsStaffed(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, _zone);
        return _days[local.DayOfWeek] is { } hours && local.TimeOfDay >= hours.Open && local.TimeOfDay < hours.Close;
    }

    /// <summary>Null while staffed; otherwise the next opening (null too if no day is ever staffed).</summary>
    public DateTimeOffset? StaffedAgainAt(DateTimeOffset now)
    {
        if (IsStaffed(now)) return null;
        var local = TimeZoneInfo.ConvertTime(now, _zone);
        for (var d = 0; d <= 7; d++)
        {
            var date = local.Date.AddDays(d);
            if (_days[date.DayOfWeek] is not { } hours) continue;
            var opening = date + hours.Open;
            if (opening <= local.DateTime) continue;
            return new DateTimeOffset(opening, _zone.GetUtcOffset(opening));
        }
        return null;
    }

    private static bool TryTime(string text, out TimeSpan time)
    {
        if (text == "24:00")
        {
            time = TimeSpan.FromHours(24);
            return true;
        }
        var ok = TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        time = parsed.ToTimeSpan();
        return ok;
    }
}
