using System.Text;
using System.Text.RegularExpressions;

namespace AfterSalesBot.Bot.Conversations.Complaints;

/// <summary>
/// A serial read out in pieces, as people copy a label or dictate it: "呃 R H 16 2607 1136", "DC4525 2610 709 on the
/// sticker". Neighbouring runs of letters and digits, separated only by spaces, dashes or dots, are joined (up to seven
/// of them, with nothing or with dashes between) and kept only when the result matches one of the catalogue's serial
/// patterns exactly, so "139 0571 8899" or "my q5 is 3 years old" never become a serial.
/// </summary>
public static partial class SerialPieces
{
    private const int MostPieces = 7;

    public static string? Find(string text, IReadOnlyList<Regex> patterns)
    {
        if (patterns.Count == 0) return null;
        var folded = text.Normalize(NormalizationForm.FormKC);
        var pieces = Piece().Matches(folded);
        string? best = null;
        for (var first = 0; first < pieces.Count; first++)
        {
            for (var last = first + 1; last < pieces.Count && last - first < MostPieces; last++)
            {
                var gap = folded.AsSpan(pieces[last - 1].Index + pieces[last - 1].Length, pieces[last].Index - pieces[last - 1].Index - pieces[last - 1].Length);
                if (!IsSeparator(gap)) break;
                var chosen = Enumerable.Range(first, last - first + 1).Select(i => pieces[i].Value.ToUpperInvariant()).ToList();
                foreach (var joined in new[] { string.Concat(chosen), string.Join('-', chosen) })
                    if (joined.Length is >= 8 and <= 20 && patterns.Any(p => p.IsMatch(joined)) && (best is null || joined.Length > best.Length))
                        best = joined;
            }
        }
        return best;
    }

    /// <summary>The catalogue's pattern, or null when it is not a valid expression (a bad import never breaks a turn).</summary>
    public static Regex? Compile(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsSeparator(ReadOnlySpan<char> gap)
    {
        if (gap.IsEmpty) return false;
        foreach (var c in gap)
            if (!char.IsWhiteSpace(c) && c is not ('-' or '.' or '_')) return false;
        return true;
    }

    [GeneratedRegex("[A-Za-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Piece();
}
