using System.Text.RegularExpressions;

namespace AfterSalesBot.Bot.Conversations.Complaints;

/// <summary>
/// Articles written as a list, one line per product ("Printers (LP22..., IJ680...): inside the front door"): the answer is
/// the opening line and the line for the customer's product, found by the words they share with its names (Chinese by
/// pairs of characters). With no product to go by, a short list is given whole; a plain article is not a list (null).
/// </summary>
public static partial class ArticleLines
{
    private const int WholeListUpTo = 12;

    public static string? ForProduct(string body, string productWords)
    {
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length < 3) return null;
        var words = Words(productWords);
        // Only the list's items ("Printers (…): where") are about one product; the opening and closing lines are for all.
        var scored = lines.Skip(1).Where(line => Head(line).Length < line.Length)
            .Select(line => (Line: line, Score: Words(Head(line)).Count(words.Contains))).ToList();
        if (scored.Count < 2) return null;
        var best = scored.Max(s => s.Score);
        if (best > 0)
        {
            var chosen = scored.First(s => s.Score == best).Line;
            return lines[0] + "\n" + chosen + (lines[^1] != chosen && !Head(lines[^1]).Contains(':') ? "\n" + lines[^1] : "");
        }
        return lines.Length <= WholeListUpTo ? string.Join("\n", lines) : null;
    }

    /// <summary>What a line is about: the words before its colon.</summary>
    private static string Head(string line)
    {
        var colon = line.IndexOfAny([':', '：']);
        return colon > 0 ? line[..colon] : line;
    }

    /// <summary>Latin words of three letters or more, without a plural s; Chinese as pairs of characters.</summary>
    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in Latin().Matches(text.ToLowerInvariant()))
            if (!Common.Contains(m.Value)) words.Add(m.Value.EndsWith('s') && m.Value.Length > 3 ? m.Value[..^1] : m.Value);
        foreach (Match m in Han().Matches(text))
            for (var i = 0; i + 1 < m.Value.Length; i++)
                words.Add(m.Value.Substring(i, 2));
        return words;
    }

    private static readonly HashSet<string> Common = ["the", "and", "for", "are", "you", "your", "with", "this", "that", "from", "not",
        "but", "has", "have", "was", "its", "any", "all", "one", "our", "out", "can", "get", "got", "just", "now", "off"];

    [GeneratedRegex("[a-z][a-z0-9-]{2,}")]
    private static partial Regex Latin();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}+")]
    private static partial Regex Han();
}
