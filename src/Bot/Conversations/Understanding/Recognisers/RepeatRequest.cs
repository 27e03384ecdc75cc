using System.Text.RegularExpressions;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// "Say that again" at the start of a message (round 158): "huh?", "sorry, what?", "come again?", "what have you got so far?",
/// 你说啥？, 没看懂, 再说一遍. Split off, it leaves what the customer answered after it ("what? oh yes that's right", 你说啥？对，是这样),
/// or nothing, when the message only asks for the question again.
/// </summary>
internal static partial class RepeatRequest
{
    /// <summary>The answer after a leading "say that again", or null when the message does not open with one; an empty answer
    /// when it is all the message says.</summary>
    public static string? AnswerAfter(string text)
    {
        // Fillers ("sorry", "oh", 嗯) are passed over only on the way to a request: after the last one they belong to the answer
        // ("what? ok" answers "ok").
        var position = 0;
        var answerFrom = -1;
        while (position < text.Length)
        {
            var unit = Unit().Match(text, position);
            if (unit.Success)
            {
                position = answerFrom = unit.Index + unit.Length;
                continue;
            }
            var filler = Filler().Match(text, position);
            if (!filler.Success || filler.Length == 0) break;
            position = filler.Index + filler.Length;
        }
        if (answerFrom < 0) return null;
        var answer = text[answerFrom..].Trim().TrimStart('.', '…', ',', '，', '。', '-', '—', '~', '～', ':', '：', ' ');
        // "什么意思？哦对", "what? oh yes": the "oh" of understanding goes, the answer stays.
        return Interjection().Replace(answer, "", 1);
    }

    /// <summary>Whether the customer says they did not understand (then what the question means is said with it).</summary>
    public static bool NotUnderstood(string text) => NotUnderstoodWords().IsMatch(text);

    private const string Separator = @"[\s,，.。!！?？~～…:：\-—]*";

    [GeneratedRegex(@"\G\s*(?:(?:sorry|pardon(?:\s+me)?|excuse\s+me|huh|eh|what|wha|wut|come\s+again)\s*\?+|(?:sorry\s*,?\s*)?what\s+(?:was\s+that|did\s+you\s+(?:just\s+)?(?:say|ask|write|mean)|was\s+the\s+question)|(?:can|could|would)\s+you\s+(?:please\s+)?(?:say\s+(?:that|it|this)\s+again|repeat\s+(?:that|it|this|yourself|the\s+question))(?:\s+please)?|(?:please\s+)?(?:say\s+(?:that|it|this)\s+again|repeat\s+(?:that|it|the\s+question))(?:\s+please)?|(?:i\s+)?(?:didn'?t|did\s+not|didnt|don'?t|dont|do\s+not)\s+(?:quite\s+)?(?:get|catch|follow|understand)(?:\s+(?:that|it|you|the\s+question|what\s+you\s+(?:said|meant|mean|wrote)))?|(?:you\s+)?lost\s+me|i\s+lost\s+track|(?:i'?m|im)\s+lost|(?:so\s+)?what\s+(?:have\s+you\s+(?:got|written|noted|put)(?:\s+down)?|do\s+you\s+have|did\s+you\s+(?:get|write|note|put)(?:\s+down)?)(?:\s+so\s+far)?)(?![a-z'])(?:(?<=[?？])|(?=\s*(?:[,，.。!！?？~～…:：\-—]|$)))" + Separator
        + @"|\G\s*(?:你?(?:刚才|刚刚)?说(?:的)?(?:是)?(?:啥|什么)(?:意思)?|(?:啥|什么)意思|没(?:太)?(?:看|听)(?:懂|清|明白|清楚)(?:你说的|你的意思)?|没(?:太)?明白(?:你的意思)?|不(?:太)?明白|看不懂|听不懂|(?:我)?(?:在外面|这边)?(?:听|看)不清(?:楚)?|(?:你|麻烦)?(?:再|重新)(?:说|讲|发)(?:一遍|一次|一下)|重复一(?:遍|下|次)|(?:你)?(?:到现在|目前|现在)?(?:都)?记(?:了|下)(?:些)?(?:什么|啥)|(?:啥|什么)\s*[？?]+)(?:(?<=[?？])|(?=\s*(?:[,，.。!！?？~～…:：\-—]|$)))" + Separator,
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Unit();

    [GeneratedRegex(@"^(?:(?:ohh|oh|ah)(?![a-z])|哦|噢|喔|嗯|呃|啊)[\s,，.。!！~～]*(?=\S)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Interjection();

    [GeneratedRegex(@"\G\s*(?:(?:sorry|pardon|wait|hang\s+on|hold\s+on|oh|um+|uh+|erm|hmm+|so|ok|okay|hey)(?![a-z'])|等(?:下|一下|等)|嗯|哦|呃|啊)" + Separator,
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Filler();

    [GeneratedRegex(@"(?<![a-z])(?:didn'?t|did\s+not|didnt|don'?t|dont|do\s+not)\s+(?:quite\s+)?(?:get|follow|understand)|lost\s+me|i\s+lost\s+track|(?:i'?m|im)\s+lost|没(?:太)?(?:看|听)?(?:懂|明白)|不(?:太)?明白|看不懂|听不懂|(?:啥|什么)意思", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotUnderstoodWords();
}
