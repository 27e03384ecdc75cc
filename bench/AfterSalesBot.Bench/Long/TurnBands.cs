namespace AfterSalesBot.Bench.Long;

/// <summary>A range of turn numbers within each conversation, both ends included.</summary>
public sealed record TurnBand(int First, int Last)
{
    public int TurnsEach => Last - First + 1;

    public override string ToString() => $"{First}-{Last}";

    /// <summary>1-10, 11-50, 51-200, 201-500, then by thousands, cut at <paramref name="turnsPerConversation"/>.</summary>
    public static IReadOnlyList<TurnBand> UpTo(int turnsPerConversation)
    {
        int[] edges = [10, 50, 200, 500, 1_000, 2_000, 5_000, 10_000];
        var bands = new List<TurnBand>();
        var first = 1;
        foreach (var edge in edges.Where(e => e < turnsPerConversation).Append(turnsPerConversation))
        {
            bands.Add(new TurnBand(first, edge));
            first = edge + 1;
        }
        return bands;
    }
}
