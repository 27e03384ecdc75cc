using System.Diagnostics;

namespace AfterSalesBot.Bot.Conversations.Understanding.Evaluation;

/// <summary>
/// Runs an interpreter over a labelled set: intent and language accuracy, and precision, recall and F1 per kind of
/// fact (items as <see cref="FactItems"/> counts them). Any <see cref="IUtteranceInterpreter"/> can be measured the
/// same way, so a second interpreter is one more report to compare.
/// </summary>
public static class InterpreterEvaluation
{
    public static EvaluationReport Run(string name, IUtteranceInterpreter interpreter, LabelledUtteranceSet set, IReadOnlyList<ProductName> products)
    {
        var scores = FactItems.Kinds.ToDictionary(k => k, _ => EntityScore.Zero);
        var misses = new List<EvaluationMiss>();
        int intents = 0, languages = 0;
        var clock = Stopwatch.StartNew();
        foreach (var utterance in set.Utterances)
        {
            var context = new InterpretationContext(utterance.Locale, set.Now, set.TimeZone, products);
            var actual = interpreter.Interpret(utterance.Text, context);
            var differences = new List<string>();
            if (actual.Intent == utterance.Expected.Intent)
                intents++;
            else
                differences.Add($"intent: {actual.Intent}, expected {utterance.Expected.Intent}");
            if (actual.Language == utterance.Expected.Language)
                languages++;
            else
                differences.Add($"language: {actual.Language}, expected {utterance.Expected.Language}");

            var expectedItems = FactItems.Of(utterance.Expected);
            var actualItems = FactItems.Of(actual);
            foreach (var kind in FactItems.Kinds)
            {
                var expected = expectedItems[kind];
                var found = actualItems[kind];
                var right = found.Count(expected.Contains);
                scores[kind] += new EntityScore(right, found.Count - right, expected.Count - right);
                if (!expected.SetEquals(found))
                    differences.Add($"{kind}: [{string.Join(", ", found)}], expected [{string.Join(", ", expected)}]");
            }
            if (differences.Count > 0)
                misses.Add(new EvaluationMiss(utterance.Text, differences));
        }
        return new EvaluationReport(name, set.Utterances.Count, intents, languages, scores, misses, clock.Elapsed);
    }
}
