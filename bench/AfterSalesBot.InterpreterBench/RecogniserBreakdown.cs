using System.Diagnostics;
using System.Globalization;
using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Bot.Conversations.Understanding.Recognisers;
using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.InterpreterBench;

/// <summary>
/// <c>--breakdown</c>: where a turn's time goes, recogniser by recogniser, each called on its own as the interpreter
/// calls it (same order, same inputs as far as they are independent), warm, summed over the messages. A profile without
/// a profiler: the parts add up to about the interpreter's cost, not exactly (the interpreter's own glue is not here).
/// </summary>
internal static class RecogniserBreakdown
{
    public static void Write(List<BenchMessage> messages, int passes, TextWriter output)
    {
        var parts = new Dictionary<string, long>();
        for (var pass = 0; pass < passes + 3; pass++)
        {
            var timed = pass >= 3;
            RuleBasedInterpreter.ForgetKeptReadings();
            foreach (var message in messages)
            {
                var utterance = Time("fold (UtteranceText)", () => new UtteranceText(message.Text));
                var today = DateRecogniser.LocalToday(message.Context.Now, message.Context.TimeZone);
                Time("contacts", () => (ContactRecogniser.FindEmail(utterance), ContactRecogniser.FindPhone(utterance)));
                Time("identifiers (order, case)", () => (IdentifierRecogniser.FindOrderNumber(utterance), IdentifierRecogniser.FindCaseNumber(utterance)));
                var (_, spans) = Time("products", () => ProductRecogniser.Find(utterance, message.Context.Products));
                Time("serial", () => IdentifierRecogniser.FindSerial(utterance, spans, new HashSet<string>()));
                Time("dates: our rules", () => DateRecogniser.FindByRules(utterance, today));
                Time("dates: package pre-check", () => RecognizersDateRecogniser.MayHoldDate(utterance.Folded));
                Time("dates: package (past the pre-check), nothing kept", () => RecognizersDateRecogniser.MayHoldDate(utterance.Folded) ? RecognizersDateRecogniser.Read(utterance, today) : []);
                Time("dates: merged (rules + package as the interpreter calls it + merge)", () => DateRecogniser.Find(utterance, today));
                Time("symptoms", () => SymptomRecogniser.Find(utterance));
                var (_, causeSpans, _) = Time("causes", () => CauseRecogniser.Find(utterance));
                Time("outcome", () => OutcomeRecogniser.Find(utterance, causeSpans));
                Time("hazard", () => HazardRecogniser.Find(utterance));
                Time("sentiment", () => (SentimentRecogniser.Anger(utterance), SentimentRecogniser.IsUrgent(utterance)));
                Time("intent", () => IntentRecogniser.Find(utterance, problemDescribed: false));
                Time("language", () => (LanguageDetector.Detect(message.Text, message.Context.ChannelLocale), LanguageDetector.HasLanguage(message.Text)));
                Time("quality fault, consumable", () => (CauseRecogniser.ClaimsQualityFault(utterance), ConsumableRecogniser.Read(utterance)));

                T Time<T>(string part, Func<T> call)
                {
                    var start = Stopwatch.GetTimestamp();
                    var result = call();
                    if (timed)
                        parts[part] = parts.GetValueOrDefault(part) + Stopwatch.GetTimestamp() - start;
                    return result;
                }
            }
        }
        var calls = (double)messages.Count * passes;
        output.WriteLine($"breakdown, mean µs per message ({messages.Count} x {passes} passes after 3 warm-up passes; the merged row includes the rules and the package, whose short texts' readings are kept within a pass):");
        foreach (var (part, ticks) in parts.OrderByDescending(p => p.Value))
            output.WriteLine($"  {(ticks * 1_000_000.0 / Stopwatch.Frequency / calls).ToString("0.0", CultureInfo.InvariantCulture),8}  {part}");
    }
}
