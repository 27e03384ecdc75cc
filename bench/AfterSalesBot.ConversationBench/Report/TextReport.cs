using System.Globalization;

namespace AfterSalesBot.ConversationBench.Report;

/// <summary>The printed report: one block per language and overall, then one line per failed scenario.</summary>
public static class TextReport
{
    public static void Write(IReadOnlyList<ScenarioResult> results, TextWriter output)
    {
        foreach (var tally in Tallies(results))
        {
            output.WriteLine($"{tally.Group}: {tally.Scenarios} scenarios, outcome accuracy {Share(tally.Right, tally.Scenarios)}");
            output.WriteLine("  " + string.Join(", ", tally.PerFact.Select(f => $"{f.Key} {Share(f.Value.Right, f.Value.Scored)}")));
            output.WriteLine($"  dead-ends {tally.DeadEnds}, questions asked again {tally.AskedAgain}, " +
                $"exceptions/\"something went wrong\" {tally.Failures}");
        }

        var failed = results.Where(r => !r.Right || r.DeadEnd).ToList();
        if (failed.Count > 0)
            output.WriteLine($"\nfailed ({failed.Count}):");
        foreach (var result in failed)
            output.WriteLine(FailureLine(result));
    }

    public static IEnumerable<Tally> Tallies(IReadOnlyList<ScenarioResult> results) =>
        results.GroupBy(r => r.Language).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Tally.Of(g.Key, [.. g]))
            .Append(Tally.Of("overall", results));

    private static string FailureLine(ScenarioResult result)
    {
        var wrong = result.Facts.Where(f => !f.Right).Select(f => $"{f.Name} expected {f.Expected ?? "null"} got {f.Actual ?? "null"}");
        var line = $"  {result.Name}: {string.Join("; ", wrong)}";
        if (result.Conversation.DeadEnd is { } deadEnd)
            line += $"{(result.Right ? "" : "; ")}dead-end ({deadEnd}), last bot reply: \"{Short(result.Conversation.LastBotReply)}\"";
        return line;
    }

    private static string Share(int right, int of) =>
        of == 0 ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{right}/{of} ({100.0 * right / of:0.#} %)");

    private static string Short(string text)
    {
        var flat = text.ReplaceLineEndings(" / ");
        return flat.Length <= 160 ? flat : flat[..157] + "...";
    }
}
