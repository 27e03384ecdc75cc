using System.Globalization;
using System.Resources;

namespace AfterSalesBot.Knowledge.Coverage;

/// <summary>
/// The customer-facing coverage texts, one named resource per language (Resources/CoverageTexts*.resx).
/// Dates are 2026-03-14 in English and 2026年3月14日 in Chinese; yuan amounts are ¥120.00 in English and
/// 120.00 元 in Chinese, other currencies carry their ISO code.
/// </summary>
internal static class CoverageTexts
{
    private static readonly ResourceManager Resources =
        new("AfterSalesBot.Knowledge.Coverage.Resources.CoverageTexts", typeof(CoverageTexts).Assembly);

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");
    public static CultureInfo Chinese { get; } = CultureInfo.GetCultureInfo("zh-Hans");

    public static bool IsChinese(CultureInfo culture) => culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>The English or the Chinese of a bilingual knowledge field.</summary>
    public static string Pick(CultureInfo culture, string en, string zh) => IsChinese(culture) ? zh : en;

    public static string Get(string name, CultureInfo culture, params object[] args)
    {
        var text = Resources.GetString(name, culture)
            ?? throw new InvalidOperationException($"No coverage text named '{name}'.");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }

    /// <summary>A count of days: "1 day", "3 days" in English; the bare number in Chinese, whose texts write 天 themselves.</summary>
    public static string Days(int count, CultureInfo culture) =>
        IsChinese(culture) ? count.ToString(CultureInfo.InvariantCulture) : count == 1 ? "1 day" : $"{count} days";

    public static string Date(DateOnly date, CultureInfo culture) =>
        date.ToString(Get("DateFormat", culture), CultureInfo.InvariantCulture);

    public static string Money(decimal amount, string currency, CultureInfo culture)
    {
        var number = amount.ToString("N2", CultureInfo.InvariantCulture);
        return string.Equals(currency, "CNY", StringComparison.OrdinalIgnoreCase)
            ? Get("MoneyCny", culture, number)
            : Get("MoneyOther", culture, number, currency.ToUpperInvariant());
    }
}
