using System.Globalization;

namespace AfterSalesBot.Escalation.Cases;

/// <summary>When people are on duty (<c>Escalation:StaffedHours</c>, <c>Escalation:Holidays</c>), per weekday in the
/// business time zone. Also the business-hours clock for deadlines (<see cref="AddStaffedTime"/>).</summary>
public sealed class StaffedSchedule
{
    /// <summary>How far ahead the schedule looks for staffed time before giving up (a schedule closed for longer is
    /// treated as never staffed).</summary>
    private const int DaysAhead = 400;

    private readonly IReadOnlyDictionary<DayOfWeek, (TimeSpan Open, TimeSpan Close)?> _days;
    private readonly TimeZoneInfo _zone;
    private readonly HashSet<DateOnly> _holidays;

    private StaffedSchedule(IReadOnlyDictionary<DayOfWeek, (TimeSpan, TimeSpan)?> days, TimeZoneInfo zone, IEnumerable<DateOnly> holidays) =>
        (_days, _zone, _holidays) = (days, zone, [.. holidays]);

    public static StaffedSchedule Parse(IReadOnlyDictionary<DayOfWeek, string> days, TimeZoneInfo zone, IEnumerable<DateOnly>? holidays = null) =>
        TryParseDays(days, out var parsed) ? new StaffedSchedule(parsed, zone, holidays ?? [])
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

    /// <summary>Each weekday's staffed hours (null: closed), in <see cref="Zone"/>.</summary>
    public IReadOnlyDictionary<DayOfWeek, (TimeSpan Open, TimeSpan Close)?> Week => _days;

    public TimeZoneInfo Zone => _zone;

    public bool IsStaffed(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, _zone);
        return Hours(local.Date) is { } hours && local.TimeOfDay >= hours.Open && local.TimeOfDay < hours.Close;
    }

    /// <summary>Null while staffed; otherwise the next opening (null too if no day is ever staffed).</summary>
    public DateTimeOffset? StaffedAgainAt(DateTimeOffset now)
    {
        if (IsStaffed(now)) return null;
        var local = TimeZoneInfo.ConvertTime(now, _zone);
        for (var d = 0; d <= DaysAhead; d++)
        {
            var date = local.Date.AddDays(d);
            if (Hours(date) is not { } hours) continue;
            var opening = date + hours.Open;
            if (opening <= local.DateTime) continue;
            return new DateTimeOffset(opening, _zone.GetUtcOffset(opening));
        }
        return null;
    }

    /// <summary>
    /// The instant <paramref name="duration"/> of staffed time after <paramref name="start"/>: only time inside the
    /// staffed hours counts, so 24 business hours from Friday 19:00 on an 08:00-20:00 weekday schedule end on the
    /// Wednesday after at 08:00 (1 h Friday, 12 h Monday, 11 h Tuesday). A start outside hours counts from the next
    /// opening. Holidays are closed. Elapsed time is real time, so a daylight-saving change inside the hours counts as
    /// it happens. Null when the schedule has no staffed time within about a year. The answer is in UTC.
    /// </summary>
    public DateTimeOffset? AddStaffedTime(DateTimeOffset start, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        var remaining = duration;
        var startLocal = TimeZoneInfo.ConvertTime(start, _zone).DateTime;
        for (var d = 0; d <= DaysAhead; d++)
        {
            var date = startLocal.Date.AddDays(d);
            if (Hours(date) is not { } hours) continue;
            var from = Instant(Max(date + hours.Open, startLocal));
            var until = Instant(date + hours.Close);
            if (from < start) from = start; // an ambiguous wall time read as the earlier offset
            if (until <= from) continue;
            var available = until - from;
            if (remaining <= available) return (from + remaining).ToUniversalTime();
            remaining -= available;
        }
        return null;
    }

    private (TimeSpan Open, TimeSpan Close)? Hours(DateTime localDate) =>
        _holidays.Contains(DateOnly.FromDateTime(localDate)) ? null : _days[localDate.DayOfWeek];

    /// <summary>A wall time in the zone as an instant; a time skipped by a daylight-saving change moves past the gap.</summary>
    private DateTimeOffset Instant(DateTime wall)
    {
        var unspecified = DateTime.SpecifyKind(wall, DateTimeKind.Unspecified);
        while (_zone.IsInvalidTime(unspecified)) unspecified = unspecified.AddMinutes(15);
        return new DateTimeOffset(unspecified, _zone.GetUtcOffset(unspecified));
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

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
