using System.Text.RegularExpressions;

namespace AfterSalesBot.Bot.Conversations.Understanding.Text;

/// <summary>
/// A phrase list compiled as one alternation (<see cref="PhraseTable{T}.Compile"/>), and also without the plain phrases of
/// a script a text may not hold, as each phrase-table entry is (PhraseTable.Scripts.cs, ADR 0056; here for the lists
/// that are asked one at a time, ADR 0060). A plain phrase with a Chinese character cannot match a text without one, and a
/// plain phrase with a Latin letter cannot match a text without one (its pattern is its own characters, no IgnoreCase,
/// and the text is folded to lower case). At every position the engine tries the branches in order and passes over one
/// that fails; a branch that can match nowhere in the text fails everywhere, so without it the matches are the same, and
/// so are IsMatch, Match and Replace. Each call picks the variant for the text it is given. <c>re:</c> phrases stay in
/// every variant. Built once, then read-only: safe to share between threads.
/// </summary>
internal sealed class ScriptedPattern
{
    // Matches nothing: the variant of a list none of whose phrases can match the text.
    private static readonly Regex Nothing = new("(?!)", RegexOptions.CultureInvariant);

    private readonly Regex _all;
    private readonly Regex _withoutChinese;
    private readonly Regex _withoutLatin;

    private ScriptedPattern(string[] phrases, Func<IEnumerable<string>, Regex> compile)
    {
        _all = compile(phrases);
        _withoutChinese = Without(phrases, NeedsChinese, compile);
        _withoutLatin = Without(phrases, NeedsLatin, compile);
    }

    /// <summary>Anywhere in the text, as <see cref="PhraseTable{T}.Compile"/>.</summary>
    public static ScriptedPattern Compile(IEnumerable<string> phrases) => new([.. phrases], PhraseTable<bool>.Compile);

    /// <summary>Only where the text begins, as <see cref="PhraseTable{T}.CompileOpening"/>.</summary>
    public static ScriptedPattern CompileOpening(IEnumerable<string> phrases) => new([.. phrases], PhraseTable<bool>.CompileOpening);

    public bool IsMatch(string folded) => For(folded).IsMatch(folded);

    public Match Match(string folded) => For(folded).Match(folded);

    public string Replace(string folded, string replacement) => For(folded).Replace(folded, replacement);

    /// <summary>The variant for this text: without the phrases of a script it holds no letter of.</summary>
    private Regex For(string folded)
    {
        var span = folded.AsSpan();
        if (span.IndexOfAnyInRange('\u4e00', '\u9fff') < 0 && span.IndexOfAnyInRange('\u3400', '\u4dbf') < 0 && !span.Contains('〇'))
            return _withoutChinese;
        return span.IndexOfAnyInRange('a', 'z') < 0 ? _withoutLatin : _all;
    }

    private Regex Without(string[] phrases, Func<string, bool> needs, Func<IEnumerable<string>, Regex> compile)
    {
        var left = phrases.Where(p => !needs(p)).ToArray();
        return left.Length == 0 ? Nothing : left.Length == phrases.Length ? _all : compile(left);
    }

    private static bool NeedsChinese(string phrase) => !IsPattern(phrase) && phrase.Any(UtteranceText.IsCjk);

    private static bool NeedsLatin(string phrase) => !IsPattern(phrase) && phrase.Any(char.IsAsciiLetter);

    private static bool IsPattern(string phrase) => phrase.StartsWith("re:", StringComparison.Ordinal);
}
