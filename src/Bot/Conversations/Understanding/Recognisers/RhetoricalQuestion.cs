using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// Rhetorical questions (round 160): "why would I drop a built-in hob?!", "who pours water on a stove??", "do you think I'd be
/// writing if it worked?", 难道是我弄坏的吗？, 我会乱拆吗？, 谁家电压天天不稳啊. They ask nothing: a circumstance named inside one is
/// denied, and a message whose only questions are rhetorical is no question for the articles.
/// </summary>
internal static partial class RhetoricalQuestion
{
    /// <summary>The sentences of <paramref name="folded"/> (a sentence ends at . ! ? 。！？ or a line break, the marks included).</summary>
    private static IEnumerable<(int Start, int End)> Sentences(string folded)
    {
        var start = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            if (!IsEnd(folded[i])) continue;
            while (i + 1 < folded.Length && IsEnd(folded[i + 1])) i++;
            yield return (start, i + 1);
            start = i + 1;
        }
        if (start < folded.Length) yield return (start, folded.Length);
    }

    private static bool IsEnd(char c) => c is '.' or '!' or '?' or '。' or '！' or '？' or '\n';

    /// <summary>Whether the sentence is a rhetorical question: a rhetorical opener, and (for the openers that need it) a
    /// question mark or a particle of exclamation at its end.</summary>
    private static bool IsRhetorical(string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length == 0) return false;
        if (AlwaysRhetorical().IsMatch(trimmed)) return true;
        var asks = trimmed.EndsWith('?') || trimmed.EndsWith('？') || trimmed.EndsWith("?!", StringComparison.Ordinal) || trimmed.EndsWith("？！", StringComparison.Ordinal)
            || ChineseExclaimingEnd().IsMatch(trimmed);
        return asks && RhetoricalWhenAsked().IsMatch(trimmed) && SomethingDone().IsMatch(trimmed);
    }

    /// <summary>Whether the span lies inside a rhetorical question.</summary>
    public static bool Covers(string folded, TextSpan span) =>
        Sentences(folded).Any(s => s.Start <= span.Start && span.End <= s.End && IsRhetorical(folded[s.Start..s.End]));

    /// <summary>The text with its rhetorical questions blanked (same length, so spans hold).</summary>
    public static string Without(string folded)
    {
        if (!Cue().IsMatch(folded)) return folded;
        var chars = folded.ToCharArray();
        foreach (var (start, end) in Sentences(folded))
            if (IsRhetorical(folded[start..end]))
                for (var i = start; i < end; i++) chars[i] = ' ';
        return new string(chars);
    }

    /// <summary>A quick test before the sentences are looked at.</summary>
    [GeneratedRegex(@"why|who|think|look\s+like|take\s+me\s+for|would\s+i|d\s+i|难道|会|能|敢|谁|吃饱|撑的|哪|怎么可能|至于|不成", RegexOptions.CultureInvariant)]
    private static partial Regex Cue();

    /// <summary>Rhetorical by their words alone: 难道…, 吃饱了撑的, "what do you take me for", 怎么可能 (as an opener).</summary>
    [GeneratedRegex(@"难道|吃饱了撑的|闲得没事|^(?:[^，。,！!？?]{0,4})怎么可能|不成[？?！!]*$|(?<![a-z])(?:what\s+do\s+you\s+take\s+me\s+for|do\s+i\s+look\s+like\s+(?:i|someone|a\s+\w+)|would\s+i\s+be\s+(?:writing|here|messaging|contacting\s+you|complaining|chatting)\s+if)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex AlwaysRhetorical();

    /// <summary>Rhetorical when the sentence asks or exclaims: "why (on earth) would I/anyone …", "who (in their right mind) pours
    /// …", "do you (really) think I'd …", "you think I …", 我(们)会/能/敢…吗, 谁会/谁家/谁没事/谁舍得…, 哪家/哪有人….</summary>
    [GeneratedRegex(@"(?<![a-z])(?:why\s+(?:on\s+earth\s+|in\s+the\s+world\s+|the\s+hell\s+|tf\s+)?(?:would|should|'d)\s+(?:i|we|anyone|anybody|someone|my\s+\w+|a\s+\w+)|who\s+(?:on\s+earth\s+|in\s+their\s+right\s+mind\s+|the\s+hell\s+|tf\s+)?(?:would\s+|'d\s+|even\s+|ever\s+|actually\s+)?(?:pours?|drops?|kicks?|spills?|opens?|takes?|messes|mess|fiddles?|fiddling|tampers?|throws?|bangs?|hits?|knocks?|sticks?|puts?|touch(?:es)?|dismantles?|modif(?:y|ies)|unscrews?|tips?|splash(?:es)?)|(?:do|did|would)\s+(?:you|u)\s+(?:really\s+|seriously\s+|honestly\s+|actually\s+|even\s+)?(?:think|believe|reckon)\s+(?:i|we|my\s+\w+|anyone|someone)|(?:you|u)\s+(?:really\s+|seriously\s+)?(?:think|reckon)\s+(?:i|we|my\s+\w+)\s|are\s+you\s+(?:saying|suggesting|implying|accusing)|(?:you|u)\s+(?:saying|suggesting|implying)\s+(?:i|we|my\s+\w+)\s|how\s+(?:could|would)\s+(?:i|we)\s+(?:have\s+|possibly\s+)?(?:dropped|spilled|opened|damaged|broken|broke|knocked|kicked|wet)|when\s+would\s+i\s+have|what\s+(?:else\s+)?(?:was|am|were|are)\s+(?:i|we)\s+(?:supposed|meant)\s+to\s+do)(?![a-z])|(?:我|我们|我家|我妈|我爸|家里人)(?:还|又|哪|怎么)?(?:会|能|敢|舍得|至于)(?!被|要|收)|谁(?:会|家|没事|闲着|舍得|敢|吃饱了|有空)(?!来)|哪(?:家|个人|有人|会有人)(?!维修|网点|店)|至于吗", RegexOptions.CultureInvariant)]
    private static partial Regex RhetoricalWhenAsked();

    /// <summary>Something done to the unit, or said about it, that a rhetorical question can deny: a knock, a spill, opening it,
    /// the power, lying about it, writing in for nothing (a real question, "谁会来修？", "我会被收费吗？", names none of these).</summary>
    [GeneratedRegex(@"(?<![a-z])(?:drop\w*|pour\w*|spill\w*|spilt|kick\w*|open\w*|apart|tamper\w*|mess\w*|fiddl\w*|knock\w*|bang\w*|hit|hits|modif\w*|unscrew\w*|dismantl\w*|wet|water|coffee|tea|juice|break|broke|broken|damag\w*|lie|lying|touch\w*|make\s+(?:this|it|that)\s+up|voltage|power|surge|flood\w*|writing|complaining|messaging|fix\w*|repair\w*)(?![a-z])|拆|摔|砸|踢|泼|洒|倒水|进水|改装|动它|动过|碰|磕|弄坏|搞坏|电压|骗|撒谎|乱", RegexOptions.CultureInvariant)]
    private static partial Regex SomethingDone();

    [GeneratedRegex(@"(?:啊|呀|嘛|吗|呢|哦)[？?！!~～]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseExclaimingEnd();
}
