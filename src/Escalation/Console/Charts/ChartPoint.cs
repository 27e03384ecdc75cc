using System.Globalization;

namespace AfterSalesBot.Escalation.Console.Charts;

/// <summary>One bar, column or slice: what it is called, how much, and (optionally) how the amount reads.</summary>
/// <param name="ValueText">Shown instead of the number, e.g. "12 (40%)"; the number still sets the size.</param>
public sealed record ChartPoint(string Label, double Value, string? ValueText = null)
{
    public string Shown => ValueText ?? Value.ToString("0.##", CultureInfo.InvariantCulture);
}
