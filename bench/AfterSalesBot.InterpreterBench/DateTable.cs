using System.Globalization;
using AfterSalesBot.Bot.Conversations.Understanding.Evaluation;
using AfterSalesBot.Bot.Conversations.Understanding.Recognisers;
using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.InterpreterBench;

/// <summary>
/// Dates alone, side by side (ADR 0014): our rules, Microsoft.Recognizers.Text.DateTime behind its pre-check, and the
/// two merged as the interpreter uses them, on each labelled set; dates P / R / F1 and milliseconds per call, after one
/// warm-up pass so the package's models are built before the clock runs.
/// </summary>
internal static class DateTable
{
    private static readonly (string Name, DateReader Reader)[] Readers =
    [
        ("rules", DateRecogniser.FindByRules),
        ("package", RecognizersDateRecogniser.Find),
        ("merged", DateRecogniser.Find),
    ];

    public static void Write(string name, IReadOnlyList<LabelledDates> set, TextWriter output, bool misses)
    {
        foreach (var (_, reader) in Readers)
            DateRecogniserEvaluation.Run("warm-up", reader, set);
        var reports = Readers.Select(r => DateRecogniserEvaluation.Run(r.Name, r.Reader, set)).ToList();
        var called = set.Count(u => RecognizersDateRecogniser.MayHoldDate(new UtteranceText(u.Text).Folded));

        output.WriteLine($"dates on {name} ({set.Count} utterances, {set.Sum(u => u.Dates.Count)} dates; the package is called on {called})");
        var rows = new (string Measure, Func<DateReaderReport, string> Cell)[]
        {
            ("dates P / R / F1", r => $"{F(r.Score.Precision)} / {F(r.Score.Recall)} / {F(r.Score.F1)}"),
            ("utterances all right", r => $"{r.UtterancesRight} of {r.Utterances}"),
            ("ms per call", r => r.MillisecondsPerCall.ToString("0.000", CultureInfo.InvariantCulture)),
        };
        var first = rows.Max(r => r.Measure.Length) + 2;
        var widths = reports.Select(r => rows.Max(row => row.Cell(r).Length) + 2).ToList();
        output.WriteLine("measure".PadRight(first) + string.Concat(reports.Select((r, i) => r.Reader.PadLeft(widths[i]))));
        output.WriteLine(new string('-', first + widths.Sum()));
        foreach (var (measure, cell) in rows)
            output.WriteLine(measure.PadRight(first) + string.Concat(reports.Select((r, i) => cell(r).PadLeft(widths[i]))));
        if (!misses)
            return;
        foreach (var report in reports)
        {
            output.WriteLine($"  {report.Reader}: {report.Misses.Count} utterances with a date miss");
            foreach (var miss in report.Misses)
                output.WriteLine($"    {miss}");
        }
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
