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
            if (!Negation.IsNegated(text.Folded, hit.Span.Start, englishWords: 2, chineseChars: 3) && !NotThatKind(text.Folded, hit.Span.Start)
                && !SupposedAndDenied(text.Folded, hit.Span) && !ExplainedAway(text.Folded, hit) && !AFlameThatWillNotCome(text.Folded, hit))
                return hit.Value;
        }
        return null;
    }

    /// <summary>"if there was any smell of gas I'd have shut the valve … there isn't", 要是有煤气味我早就报警了，现在一点味道都没有
    /// (round 172): a hazard supposed under "if" and denied in the same message.</summary>
    private static bool SupposedAndDenied(string folded, TextSpan span)
    {
        var start = Clauses.SentenceStart(folded, span.Start);
        return Supposed().IsMatch(folded.AsSpan(start, span.Start - start)) && DeniedAfter().IsMatch(folded.AsSpan(span.End));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![a-z])(?:if|what\s+if|suppose|supposing|in\s+case)(?![a-z])|要是|如果|假如|万一|真要是|真有", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Supposed();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![a-z])(?:there\s+(?:isn'?t|is\s+not|'s\s+none|is\s+none|'s\s+no|is\s+no)|there\s+isn'?t\s+(?:one|any)|none\s+at\s+all|no\s+(?:smell|smoke|fire|sparks?)|(?:doesn'?t|does\s+not|didn'?t)\s+smell|nothing\s+like\s+that)(?![a-z])|没有(?:味|味道|气味|煤气味|燃气味|烟|火)|没味|闻不到|一点(?:味道|味儿?|气味)都没有|什么味(?:道)?都没有|没闻到", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DeniedAfter();

    /// <summary>"my kid asked 'why is it smoking' - it was steam off the pasta pot", 孩子问“怎么冒烟了”，其实是水蒸气 (round 177): smoke
    /// or fire said, then explained as steam in the same message.</summary>
    private static bool ExplainedAway(string folded, Hit<SafetyHazard> hit) =>
        hit.Value is SafetyHazard.Smoke or SafetyHazard.Fire && AsSteam().IsMatch(folded.AsSpan(hit.Span.End));

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![a-z])(?:it\s+was|it'?s|that\s+was|that'?s|was|were)\s+(?:only|just|actually|really|simply)?\s*(?:the\s+|some\s+)?(?:steam|vapou?r|condensation)(?![a-z])|(?<![a-z])(?:only|just)\s+(?:the\s+)?steam(?![a-z])|(?:其实是|只是|就是|原来是)\s*(?:水)?(?:蒸汽|蒸气|水蒸气|热气|水汽)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AsSteam();

    /// <summary>"the fire inside not come when i open the tap", "the fire not start, only click click" (round 174, English typed by
    /// a non-native writer): the flame that will not come, no fire.</summary>
    private static bool AFlameThatWillNotCome(string folded, Hit<SafetyHazard> hit) =>
        hit.Value == SafetyHazard.Fire && (FlameNotComing().IsMatch(folded.AsSpan(hit.Span.End))
            // "i need two fire for cooking", "the right side fire" (round 174 hold-out): the burners, called fires.
            || FireAsABurnerBefore().IsMatch(folded.AsSpan(0, hit.Span.Start)) || FireAsABurnerAfter().IsMatch(folded.AsSpan(hit.Span.End)));

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![a-z])(?:two|both|2|left|right)\s+(?:side\s+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex FireAsABurnerBefore();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:for|to)\s+(?:cooking|cook)(?![a-z])|^\s*(?:is\s+|keeps?\s+|always\s+)?(?:go|goes|going|went)\s+out(?![a-z])|^\s*(?:is\s+|keeps?\s+)?(?:dies|died|dying)(?![a-z])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex FireAsABurnerAfter();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:inside\s+|in\s+it\s+|also\s+|still\s+)?(?:is\s+|does\s+|do\s+|can\s+)?(?:not|no|never|don'?t|doesn'?t|didn'?t|won'?t|can'?t|cannot|isn'?t)\s+(?:come|coming|start|starting|light|lighting|open|on|catch|appear|stay|burn|go\s+on|there)(?![a-z])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex FlameNotComing();

    /// <summary>"不是臭鸡蛋那种煤气味" (round 128): the smell said not to be of that kind, a few characters before it; never "不是开玩笑
    /// 真有煤气味", which names no kind.</summary>
    public static bool NotThatKind(string folded, int start) => NotThatKindBefore().IsMatch(folded.AsSpan(0, start));

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:不是|不像|并不是|并非)[^，。,.!！？?；;但]{0,6}(?:那种|这种|那样的?|这样的?)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NotThatKindBefore();
}
