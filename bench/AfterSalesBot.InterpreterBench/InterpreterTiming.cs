using System.Diagnostics;
using System.Globalization;
using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Bot.Conversations.Understanding.Evaluation;
using AfterSalesBot.Bot.Conversations.Understanding.Recognisers;
using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.InterpreterBench;

/// <summary>
/// What one turn's interpretation costs, warm: the interpreter alone (no scoring) over every message, after warm-up
/// passes that build the compiled patterns and the recogniser models and let the JIT settle, then timed passes, each
/// call on its own clock. The report's "ms per utterance" row is not this: it is one cold pass, scoring included.
/// </summary>
internal static class InterpreterTiming
{
    public static void Write(string name, IUtteranceInterpreter interpreter, LabelledUtteranceSet set, IReadOnlyList<ProductName> products,
        int warmUpPasses, int passes, TextWriter output) =>
        Write($"{name} warm, per utterance", interpreter, Labelled(set, products), warmUpPasses, passes, output, byLanguage: true);

    public static List<BenchMessage> Labelled(LabelledUtteranceSet set, IReadOnlyList<ProductName> products) =>
        set.Utterances.Select(u => new BenchMessage(u.Text, new InterpretationContext(u.Locale, set.Now, set.TimeZone, products),
            u.Expected.Language)).ToList();

    public static void Write(string title, IUtteranceInterpreter interpreter, List<BenchMessage> messages, int warmUpPasses, int passes,
        TextWriter output, bool byLanguage)
    {
        for (var pass = 0; pass < warmUpPasses; pass++)
            RunPass(interpreter, messages, null);
        var ticks = new List<long>(messages.Count * passes);
        // On a shared machine wall time waits for the cores; the process's CPU time and the bytes allocated do not.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var pass = 0; pass < passes; pass++)
            RunPass(interpreter, messages, ticks);
        var calls = (double)messages.Count * passes;
        var cpuPerCall = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / calls;
        var bytesPerCall = (GC.GetAllocatedBytesForCurrentThread() - allocated) / calls;
        // Which calls reached Microsoft.Recognizers (past its pre-check): the package is most of the cost.
        var reached = messages.Select(m => RecognizersDateRecogniser.MayHoldDate(new UtteranceText(m.Text).Folded)).ToArray();
        output.WriteLine($"{title} ({messages.Count} x {passes} calls after {warmUpPasses} warm-up passes): {Summary(ticks)}");
        output.WriteLine($"  process CPU {F(cpuPerCall)} µs and {F(bytesPerCall / 1024)} KB allocated per call (GC included)");
        output.WriteLine($"  {Split(ticks, reached, _ => true)}");
        if (!byLanguage)
            return;
        foreach (var language in new[] { "en", "zh" })
        {
            var of = messages.Select(m => m.Language == language).ToArray();
            var own = ticks.Where((_, i) => of[i % of.Length]).ToList();
            output.WriteLine($"  {language} ({of.Count(x => x)} messages): {Summary(own)}");
            output.WriteLine($"    {Split(ticks, reached, i => of[i])}");
        }
    }

    private static string Split(List<long> ticks, bool[] reached, Func<int, bool> include)
    {
        var withPackage = ticks.Where((_, i) => include(i % reached.Length) && reached[i % reached.Length]).ToList();
        var without = ticks.Where((_, i) => include(i % reached.Length) && !reached[i % reached.Length]).ToList();
        var count = Enumerable.Range(0, reached.Length).Count(include);
        var reaching = Enumerable.Range(0, reached.Length).Count(i => include(i) && reached[i]);
        return $"{reaching} of {count} ({F(100.0 * reaching / Math.Max(1, count))} %) reach the date package: mean {Mean(withPackage)} µs on those, {Mean(without)} µs on the other {count - reaching}";
    }

    private static string Summary(List<long> unsorted)
    {
        if (unsorted.Count == 0) return "-";
        var ticks = unsorted.Order().ToList();
        string At(double q) => F(Micro(ticks[Math.Min(ticks.Count - 1, (int)Math.Ceiling(q * ticks.Count) - 1)]));
        return $"mean {Mean(ticks)} µs, p50 {At(0.50)} µs, p95 {At(0.95)} µs, p99 {At(0.99)} µs, max {F(Micro(ticks[^1]))} µs";
    }

    private static double Micro(long t) => t * 1_000_000.0 / Stopwatch.Frequency;

    private static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Mean(List<long> ticks) => ticks.Count == 0 ? "-" : F(Micro((long)ticks.Average()));

    private static void RunPass(IUtteranceInterpreter interpreter, List<BenchMessage> messages, List<long>? ticks)
    {
        // Each pass is a fresh day's traffic: the package's readings kept from the pass before would be free.
        RuleBasedInterpreter.ForgetKeptReadings();
        foreach (var message in messages)
        {
            var start = Stopwatch.GetTimestamp();
            interpreter.Interpret(message.Text, message.Context);
            ticks?.Add(Stopwatch.GetTimestamp() - start);
        }
    }
}
