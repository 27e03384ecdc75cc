using System.Diagnostics;
using System.Globalization;
using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Bot.Conversations.Understanding.Evaluation;

namespace AfterSalesBot.InterpreterBench;

/// <summary>
/// What one turn's interpretation costs, warm: the interpreter alone (no scoring) over every labelled utterance, after
/// warm-up passes that build the compiled patterns and the recogniser models and let the JIT settle, then timed passes,
/// each call on its own clock. The report's "ms per utterance" row is not this: it is one cold pass, scoring included.
/// </summary>
internal static class InterpreterTiming
{
    public static void Write(string name, IUtteranceInterpreter interpreter, LabelledUtteranceSet set, IReadOnlyList<ProductName> products,
        int warmUpPasses, int passes, TextWriter output)
    {
        var contexts = set.Utterances.Select(u => new InterpretationContext(u.Locale, set.Now, set.TimeZone, products)).ToList();
        for (var pass = 0; pass < warmUpPasses; pass++)
            RunPass(interpreter, set, contexts, null);
        var ticks = new List<long>(set.Utterances.Count * passes);
        for (var pass = 0; pass < passes; pass++)
            RunPass(interpreter, set, contexts, ticks);
        ticks.Sort();
        double Micro(long t) => t * 1_000_000.0 / Stopwatch.Frequency;
        string At(double q) => Micro(ticks[Math.Min(ticks.Count - 1, (int)Math.Ceiling(q * ticks.Count) - 1)]).ToString("0.0", CultureInfo.InvariantCulture);
        var mean = ticks.Average(t => Micro(t)).ToString("0.0", CultureInfo.InvariantCulture);
        output.WriteLine($"{name} warm, per utterance ({set.Utterances.Count} x {passes} calls after {warmUpPasses} warm-up passes): "
            + $"mean {mean} µs, p50 {At(0.50)} µs, p95 {At(0.95)} µs, p99 {At(0.99)} µs, max {Micro(ticks[^1]).ToString("0.0", CultureInfo.InvariantCulture)} µs");
    }

    private static void RunPass(IUtteranceInterpreter interpreter, LabelledUtteranceSet set, List<InterpretationContext> contexts, List<long>? ticks)
    {
        for (var i = 0; i < set.Utterances.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            interpreter.Interpret(set.Utterances[i].Text, contexts[i]);
            ticks?.Add(Stopwatch.GetTimestamp() - start);
        }
    }
}
