using System.Globalization;

namespace AfterSalesBot.KnowledgeBench.Report;

/// <summary>The plain-text table: one block per section, one aligned line per number with its unit.</summary>
public static class ReportWriter
{
    public static void Write(KnowledgeBenchReport report, TextWriter to)
    {
        to.WriteLine($"AfterSalesBot knowledge bench{(report.Options.Quick ? " (--quick)" : "")}: {report.Machine}");
        if (report.LabelledSet is { } source)
            to.WriteLine($"Labelled queries and articles: {source}");
        var width = report.Rows.Max(r => r.Metric.Length);
        foreach (var section in report.Rows.GroupBy(r => r.Section))
        {
            to.WriteLine();
            to.WriteLine(section.Key);
            foreach (var row in section)
            {
                var value = Format(row.Value, row.Unit);
                var note = row.Note is null ? "" : "  " + row.Note;
                to.WriteLine($"  {row.Metric.PadRight(width)}  {value,14} {row.Unit,-8}{note}".TrimEnd());
            }
        }

        if (report.Misses.Count > 0)
        {
            to.WriteLine();
            to.WriteLine("Recall misses");
            foreach (var miss in report.Misses)
                to.WriteLine("  " + miss);
        }
    }

    private static string Format(double? value, string unit) => value switch
    {
        null => "not measured",
        { } v when unit is "count" or "lookups/s" or "queries/s" => v.ToString("N0", CultureInfo.InvariantCulture),
        { } v when unit == "ratio" => v.ToString("0.000", CultureInfo.InvariantCulture),
        { } v => v.ToString("0.0", CultureInfo.InvariantCulture),
    };
}
