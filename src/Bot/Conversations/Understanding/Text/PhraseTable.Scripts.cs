using System.Text.RegularExpressions;

namespace AfterSalesBot.Bot.Conversations.Understanding.Text;

/// <summary>
/// Each entry also compiled without the phrases that cannot match a text in one script (ADR 0056): a plain phrase with a
/// Chinese character cannot match a text without one, a plain phrase with a Latin letter cannot match a text without one
/// (the pattern is the phrase's own characters, case-sensitive, with only spaces and apostrophes loosened). A branch of
/// an alternation that can match nowhere in the text changes none of its matches (the engine tries the branches in order
/// at each position and goes on past one that fails), so the entry without those branches finds exactly what the whole
/// entry finds there, and the engine no longer searches for the other script's words. "re:" phrases are kept in both,
/// since they may match either. Null when no phrase is left: the entry cannot match such a text at all.
/// </summary>
internal sealed partial class PhraseTable<T>
{
    private static (T Value, Regex Pattern, Regex? WithoutChinese, Regex? WithoutLatin) Entry(T value, string[] phrases)
    {
        var all = Compile(phrases);
        return (value, all, ForTextWithout(phrases, all, NeedsChinese), ForTextWithout(phrases, all, NeedsLatin));
    }

    private static Regex? ForTextWithout(string[] phrases, Regex all, Func<string, bool> needs)
    {
        var left = phrases.Where(p => !needs(p)).ToArray();
        return left.Length == 0 ? null : left.Length == phrases.Length ? all : Compile(left);
    }

    private static bool NeedsChinese(string phrase) => !IsPattern(phrase) && phrase.Any(UtteranceText.IsCjk);

    private static bool NeedsLatin(string phrase) => !IsPattern(phrase) && phrase.Any(char.IsAsciiLetter);

    private static bool IsPattern(string phrase) => phrase.StartsWith("re:", StringComparison.Ordinal);

    private static bool HasChinese(string folded) => folded.Any(UtteranceText.IsCjk);

    private static bool HasLatin(string folded) => folded.AsSpan().IndexOfAnyInRange('a', 'z') >= 0;
}
