namespace AfterSalesBot.Bot.Conversations.Understanding.Text;

internal readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}

/// <summary>Something a recogniser found, with where it found it.</summary>
internal readonly record struct Hit<T>(TextSpan Span, T Value);

internal static class Hits
{
    /// <summary>Keeps the longest of overlapping hits (then the earliest), in text order: "the day before yesterday" over "yesterday".</summary>
    public static List<Hit<T>> LongestFirst<T>(IEnumerable<Hit<T>> hits)
    {
        var kept = new List<Hit<T>>();
        foreach (var hit in hits.OrderByDescending(h => h.Span.Length).ThenBy(h => h.Span.Start))
        {
            if (!kept.Any(k => k.Span.Overlaps(hit.Span)))
                kept.Add(hit);
        }
        return kept.OrderBy(h => h.Span.Start).ToList();
    }
}
