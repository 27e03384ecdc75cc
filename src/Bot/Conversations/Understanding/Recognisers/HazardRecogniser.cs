using AfterSalesBot.Bot.Conversations.Understanding.Text;
using AfterSalesBot.Bot.Conversations.Understanding.Vocabulary;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// The first emergency the message reports. Only a denial right before it ("no gas smell", 没有煤气味) cancels one:
/// when in doubt, safety advice is better than none.
/// </summary>
internal static partial class HazardRecogniser
{
    private static readonly PhraseTable<SafetyHazard> Table = new(HazardWords.All);

    public static SafetyHazard? Find(UtteranceText text)
    {
        foreach (var hit in Hits.LongestFirst(Table.FindAll(text.Folded)))
        {
            if (!Negation.IsNegated(text.Folded, hit.Span.Start, englishWords: 2, chineseChars: 3) && !NotThatKind(text.Folded, hit.Span.Start))
                return hit.Value;
        }
        return null;
    }

    /// <summary>"不是臭鸡蛋那种煤气味" (round 128): the smell said not to be of that kind, a few characters before it; never "不是开玩笑
    /// 真有煤气味", which names no kind.</summary>
    public static bool NotThatKind(string folded, int start) => NotThatKindBefore().IsMatch(folded.AsSpan(0, start));

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:不是|不像|并不是|并非)[^，。,.!！？?；;但]{0,6}(?:那种|这种|那样的?|这样的?)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NotThatKindBefore();
}
