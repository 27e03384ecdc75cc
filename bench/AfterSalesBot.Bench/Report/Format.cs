using System.Globalization;

namespace AfterSalesBot.Bench.Report;

/// <summary>Numbers as the report prints them: invariant culture, "-" for nothing measured.</summary>
public static class Format
{
    public static string Ms(double? ms) => ms is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "-";

    public static string Mb(double? mb) => mb is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "-";

    public static string Rate(double perSecond) => perSecond.ToString("0", CultureInfo.InvariantCulture);

    public static string Seconds(double s) => s.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Ratio(double? r) => r is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "-";

    public static string Percent(double p) => p.ToString("0.00", CultureInfo.InvariantCulture);
}
