namespace AfterSalesBot.ConversationBench.Report;

/// <summary>The numbers of one group of scenarios (a language, or all).</summary>
public sealed record Tally(
    string Group,
    int Scenarios,
    int Right,
    IReadOnlyDictionary<string, (int Right, int Scored)> PerFact,
    int DeadEnds,
    int AskedAgain,
    int Failures)
{
    public static Tally Of(string group, IReadOnlyCollection<ScenarioResult> results) => new(
        group,
        results.Count,
        results.Count(r => r.Right),
        Scoring.OutcomeFacts.Names.ToDictionary(name => name, name =>
        {
            var checks = results.SelectMany(r => r.Facts).Where(f => f.Name == name).ToList();
            return (checks.Count(f => f.Right), checks.Count);
        }),
        results.Count(r => r.DeadEnd),
        results.Sum(r => r.Conversation.AskedAgain),
        results.Sum(r => r.Conversation.Failures));
}
