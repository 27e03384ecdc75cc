namespace AfterSalesBot.Bot.Conversations.Understanding.Evaluation;

/// <summary>Counts of one kind of fact over a labelled set: found and right, found but wrong, missed.</summary>
public sealed record EntityScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public int Expected => TruePositives + FalseNegatives;

    public static EntityScore operator +(EntityScore a, EntityScore b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    public static EntityScore Zero { get; } = new(0, 0, 0);
}
