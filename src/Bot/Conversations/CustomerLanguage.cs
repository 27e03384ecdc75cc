using System.Globalization;

namespace AfterSalesBot.Bot.Conversations;

/// <summary>The two languages a customer is answered in, chosen from the channel locale.</summary>
public static class CustomerLanguage
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    /// <summary>zh, zh-CN, zh-Hans, zh-SG → Chinese; everything else (or nothing) → English.</summary>
    public static CultureInfo FromLocale(string? locale) =>
        locale is not null && locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

    /// <summary>The BCP-47 tag replies carry.</summary>
    public static string Tag(CultureInfo culture) => culture.Equals(Chinese) ? "zh-CN" : "en-US";
}
