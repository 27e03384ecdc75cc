using System.Globalization;

namespace AfterSalesBot.Bot.Conversations;

/// <summary>
/// How the bot tells a customer a time — a deadline, when the team is back — in the bot's turns and in the desk's
/// notices alike: in the customer's own zone, always with the zone named ("2026-11-23 08:00 (UTC+08:00 Asia/Shanghai)";
/// in Chinese "2026-11-23 08:00（北京时间）" for China's zone, else the offset and the zone's id).
/// </summary>
public static class CustomerTime
{
    public static string Format(DateTimeOffset at, TimeZoneInfo zone, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var chinese = CustomerLanguage.Chinese.Equals(culture);
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var name = ZoneName(zone, local.Offset, chinese);
        var time = local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return chinese ? $"{time}（{name}）" : $"{time} ({name})";
    }

    /// <summary>The zone as the customer reads it: 北京时间 in Chinese for China's zone, else "UTC+08:00 Asia/Shanghai".</summary>
    public static string ZoneName(TimeZoneInfo zone, TimeSpan offset, bool chinese)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var utc = $"UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset:hh\\:mm}";
        return chinese && zone.Id is "Asia/Shanghai" or "Asia/Chongqing" or "Asia/Harbin" or "PRC" ? "北京时间" : $"{utc} {zone.Id}";
    }

    /// <summary>The first known zone of <paramref name="ids"/> (the channel's, the remembered one, the configured
    /// default), else UTC.</summary>
    public static TimeZoneInfo FirstKnown(params string?[] ids)
    {
        foreach (var id in ids)
        {
            if (!string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)) return zone;
        }
        return TimeZoneInfo.Utc;
    }
}
