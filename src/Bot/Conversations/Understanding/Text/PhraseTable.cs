using System.Text.RegularExpressions;

namespace AfterSalesBot.Bot.Conversations.Understanding.Text;

/// <summary>
/// Phrases in both languages mapped to a value, matched against folded text. A phrase that begins or ends with a
/// Latin letter or digit only matches at a word boundary there ("hob" is not in "hobby"); Chinese phrases match
/// as substrings. A phrase written "re:…" is a regular expression, for the few that need a look-around
/// ("着火" but not "打不着火"). Built once, then read-only: safe to share between threads.
/// </summary>
internal sealed partial class PhraseTable<T>
{
    private readonly (T Value, Regex Pattern, Regex? WithoutChinese, Regex? WithoutLatin)[] _entries;

    public PhraseTable(IEnumerable<(T Value, string[] Phrases)> entries)
    {
        _entries = entries.Select(e => Entry(e.Value, e.Phrases)).ToArray();
    }

    /// <summary>Every match of every entry; overlapping matches of different entries are all returned.</summary>
    public List<Hit<T>> FindAll(string folded)
    {
        var hits = new List<Hit<T>>();
        var (chinese, latin) = (HasChinese(folded), HasLatin(folded));
        foreach (var (value, all, withoutChinese, withoutLatin) in _entries)
        {
            // The same entry without the branches that cannot match this text (PhraseTable.Scripts.cs): the same matches.
            var pattern = !chinese ? withoutChinese : !latin ? withoutLatin : all;
            if (pattern is null)
                continue;
            foreach (var m in pattern.EnumerateMatches(folded))
                hits.Add(new Hit<T>(new TextSpan(m.Index, m.Length), value));
        }
        return hits;
    }

    public static Regex Compile(IEnumerable<string> phrases) =>
        new(Pattern(phrases), RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Only where the text begins (after spaces): a greeting opens a message, "morning" later in it is a time.</summary>
    public static Regex CompileOpening(IEnumerable<string> phrases) =>
        new($"^\\s*(?:{Pattern(phrases)})", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static string Pattern(IEnumerable<string> phrases) =>
        string.Join('|', phrases.OrderByDescending(p => p.Length).Select(ToPattern));

    private static string ToPattern(string phrase)
    {
        if (phrase.StartsWith("re:", StringComparison.Ordinal))
            return $"(?:{phrase[3..]})";
        var body = Regex.Escape(phrase.ToLowerInvariant()).Replace("\\ ", "\\s+", StringComparison.Ordinal).Replace("'", "'?", StringComparison.Ordinal);
        // "not heating" also as "has not been heating", "hasn't been heating" (round 26): the same fault, told as lasting.
        if (NotDoing.IsMatch(phrase))
            return $"(?:(?:(?<![a-z0-9])not\\s+(?:been\\s+)?|n'?t\\s+been\\s+){body[6..]}(?![a-z0-9]))";
        var before = IsWordChar(phrase[0]) ? "(?<![a-z0-9])" : "";
        var after = IsWordChar(phrase[^1]) ? "(?![a-z0-9])" : "";
        return $"(?:{before}{body}{after})";
    }

    /// <summary>A phrase "not …ing": the fault in its negative progressive form.</summary>
    private static readonly Regex NotDoing = new(@"^not [a-z]+ing(?: |$)", RegexOptions.CultureInvariant);

    private static bool IsWordChar(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';
}
