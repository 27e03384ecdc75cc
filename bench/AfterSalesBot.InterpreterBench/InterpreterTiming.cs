using System.Diagnostics;
using System.Globalization;
using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Bot.Conversations.Understanding.Evaluation;
using AfterSalesBot.Bot.Conversations.Understanding.Recognisers;
using AfterSalesBot.Bot.Conversations.Understanding.Text;

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
        // On a shared machine wall time waits for the cores; the process's CPU time and the bytes allocated do not.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var pass = 0; pass < passes; pass++)
            RunPass(interpreter, set, contexts, ticks);
        var calls = (double)set.Utterances.Count * passes;
        var cpuPerCall = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / calls;
        var bytesPerCall = (GC.GetAllocatedBytesForCurrentThread() - allocated) / calls;
        // Which calls reached Microsoft.Recognizers (past its pre-check): the package is most of the cost.
        var reached = set.Utterances.Select(u => RecognizersDateRecogniser.MayHoldDate(new UtteranceText(u.Text).Folded)).ToArray();
        var withPackage = ticks.Where((_, i) => reached[i % reached.Length]).ToList();
        var without = ticks.Where((_, i) => !reached[i % reached.Length]).ToList();
        ticks.Sort();
        double Micro(long t) => t * 1_000_000.0 / Stopwatch.Frequency;
        string At(double q) => Micro(ticks[Math.Min(ticks.Count - 1, (int)Math.Ceiling(q * ticks.Count) - 1)]).ToString("0.0", CultureInfo.InvariantCulture);
        var mean = ticks.Average(t => Micro(t)).ToString("0.0", CultureInfo.InvariantCulture);
        output.WriteLine($"{name} warm, per utterance ({set.Utterances.Count} x {passes} calls after {warmUpPasses} warm-up passes): "
            + $"mean {mean} µs, p50 {At(0.50)} µs, p95 {At(0.95)} µs, p99 {At(0.99)} µs, max {Micro(ticks[^1]).ToString("0.0", CultureInfo.InvariantCulture)} µs");
        output.WriteLine($"  process CPU {cpuPerCall.ToString("0.0", CultureInfo.InvariantCulture)} µs and {(bytesPerCall / 1024).ToString("0.0", CultureInfo.InvariantCulture)} KB allocated per utterance (GC included)");
        output.WriteLine($"  mean {Mean(withPackage)} µs on the {reached.Count(r => r)} utterances that reach the date package, {Mean(without)} µs on the other {reached.Count(r => !r)}");
    }

    private static string Mean(List<long> ticks) =>
        ticks.Count == 0 ? "-" : (ticks.Average() * 1_000_000.0 / Stopwatch.Frequency).ToString("0.0", CultureInfo.InvariantCulture);

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
