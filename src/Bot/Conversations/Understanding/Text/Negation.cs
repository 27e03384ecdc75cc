using System.Text.RegularExpressions;

namespace AfterSalesBot.Bot.Conversations.Understanding.Text;

/// <summary>
/// Whether a phrase is said not to have happened: a negation cue ("never", "didn't", 没, 从来没…) shortly before it
/// in the same clause. A clause ends at punctuation or a connective ("but", "since", 但是, 因为…), so
/// "I didn't drop it but the voltage jumped" negates only the drop, and "it broke after I dropped it" negates nothing.
/// </summary>
internal static class Negation
{
    private static readonly Regex ClauseBreak = new(
        @"[,.;:!?，。；：！？、\n]|(?<![a-z])(?:but|however|though|although|since|because|after|when|until|then|so|and then|except)(?![a-z])|但是|但|可是|不过|因为|自从|后来|然后|结果|所以|之后|以后",
        RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.RightToLeft);

    private static readonly Regex EnglishCue = new(
        @"(?<![a-z])(?:not|never|no|nobody|no one|nothing|neither|nor|without|cannot|[a-z]+n't|dont|didnt|havent|hasnt|wasnt)(?![a-z])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex ChineseCue = new("没|未|不是|并非|无|不曾", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Word = new(@"\S+", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <param name="englishWords">How many words before the phrase a cue may stand.</param>
    /// <param name="chineseChars">How many characters before the phrase a Chinese cue may stand.</param>
    public static bool IsNegated(string folded, int start, int englishWords, int chineseChars)
    {
        var before = folded[..start];
        var clauseBreak = ClauseBreak.Match(before);
        var clause = clauseBreak.Success ? before[(clauseBreak.Index + clauseBreak.Length)..] : before;

        var words = Word.Matches(clause);
        var firstWord = words.Count > englishWords ? words[words.Count - englishWords].Index : 0;
        if (EnglishCue.IsMatch(clause[firstWord..]))
            return true;

        var chineseTail = clause.TrimEnd();
        chineseTail = chineseTail[Math.Max(0, chineseTail.Length - chineseChars)..];
        return ChineseCue.IsMatch(chineseTail);
    }
}
