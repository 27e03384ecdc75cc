namespace AfterSalesBot.Bot.Conversations.Understanding.Evaluation;

/// <summary>How one interpreter did on a labelled set.</summary>
public sealed record EvaluationReport(
    string Interpreter,
    int Utterances,
    int IntentCorrect,
    int LanguageCorrect,
    IReadOnlyDictionary<string, EntityScore> Entities,
    IReadOnlyList<EvaluationMiss> Misses,
    TimeSpan Elapsed)
{
    public double IntentAccuracy => Utterances == 0 ? 1 : (double)IntentCorrect / Utterances;
    public double LanguageAccuracy => Utterances == 0 ? 1 : (double)LanguageCorrect / Utterances;

    /// <summary>Micro-averaged over every kind of fact.</summary>
    public EntityScore AllEntities => Entities.Values.Aggregate(EntityScore.Zero, (a, b) => a + b);
}

/// <summary>An utterance the interpreter got (partly) wrong, with what differed ("intent: Complaint, expected Yes").</summary>
public sealed record EvaluationMiss(string Text, IReadOnlyList<string> Differences)
{
    public override string ToString() => $"{Text}\n    {string.Join("\n    ", Differences)}";
}
