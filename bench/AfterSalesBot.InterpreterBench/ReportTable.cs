using System.Globalization;
using AfterSalesBot.Bot.Conversations.Understanding.Evaluation;

namespace AfterSalesBot.InterpreterBench;

/// <summary>One row per measure, one column per interpreter, so a second interpreter reads side by side with the first.</summary>
internal static class ReportTable
{
    public static void Write(IReadOnlyList<EvaluationReport> reports, TextWriter output)
    {
        var rows = new List<(string Measure, Func<EvaluationReport, string> Cell)>
        {
            ("utterances", r => r.Utterances.ToString(CultureInfo.InvariantCulture)),
            ("intent accuracy", r => Pct(r.IntentAccuracy)),
            ("language accuracy", r => Pct(r.LanguageAccuracy)),
            ("entities P / R / F1", r => Prf(r.AllEntities)),
        };
        foreach (var kind in FactItems.Kinds)
            rows.Add(($"  {kind} P / R / F1 (n)", r => $"{Prf(r.Entities[kind])} ({r.Entities[kind].Expected})"));
        rows.Add(("ms per utterance (cold pass, scored)", r => (r.Elapsed.TotalMilliseconds / Math.Max(1, r.Utterances)).ToString("0.000", CultureInfo.InvariantCulture)));

        var first = Math.Max(rows.Max(r => r.Measure.Length), "measure".Length) + 2;
        var widths = reports.Select(r => Math.Max(r.Interpreter.Length, rows.Max(row => row.Cell(r).Length)) + 2).ToList();
        output.WriteLine("measure".PadRight(first) + string.Concat(reports.Select((r, i) => r.Interpreter.PadLeft(widths[i]))));
        output.WriteLine(new string('-', first + widths.Sum()));
        foreach (var (measure, cell) in rows)
            output.WriteLine(measure.PadRight(first) + string.Concat(reports.Select((r, i) => cell(r).PadLeft(widths[i]))));
    }

    private static string Pct(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Prf(EntityScore s) => $"{Pct(s.Precision)} / {Pct(s.Recall)} / {Pct(s.F1)}";
}
