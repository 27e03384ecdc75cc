using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>How a circumstance echoed from the bot's question was answered.</summary>
internal enum Echoed
{
    /// <summary>Not an echo: the words are the customer's own.</summary>
    None,
    Yes,
    No,

    /// <summary>Echoed as a question and answered with something else ("got wet? only the water meant to be in it"): neither.</summary>
    Unanswered,
}

/// <summary>
/// The circumstances question echoed back with its answer after it (round 176): "dropped, no. water, no", "opened? nope",
/// "repaired by someone else? no - only your engineer", "surges, spills, knocks - no, no, no and no", 摔过？没有, 改装：没有,
/// 拆过？是的. The echo is short (the circumstance with at most a few question words before it: "did anyone else", "has it
/// been", 有没有), so "I dropped it, no one else did" stays the customer's own words.
/// </summary>
internal static partial class EchoedQuestion
{
    private static readonly char[] Stops = ['.', '!', '?', '。', '！', '？', ';', '；', '\n', ',', '，', ':', '：', '、'];

    public static Echoed Answer(string folded, TextSpan span)
    {
        var start = folded.LastIndexOfAny(Stops, Math.Max(0, span.Start - 1)) + 1;
        // "water, no, no water got in": the denial said again in full after the echo's own "no".
        if (NoBefore().IsMatch(folded.AsSpan(start, span.Start - start))) return Echoed.No;
        var rest = folded[span.End..];
        if (!ShortLead().IsMatch(folded.AsSpan(start, span.Start - start)))
            // "摔过或者进水，都没有", "dropped or soaked, none of that": a later item of a list denied together.
            return ListLead().IsMatch(folded.AsSpan(start, span.Start - start)) && ListThenAllDenied().IsMatch(rest) ? Echoed.No : Echoed.None;
        // "改装、拆过都没有" (round 176): circumstances listed, then denied together.
        if (ListThenAllDenied().IsMatch(rest)) return Echoed.No;
        var mark = Mark().Match(rest);
        if (!mark.Success)
        {
            var list = ListThenMark().Match(rest);
            return list.Success && BareNo().IsMatch(rest.AsSpan(list.Length)) ? Echoed.No : Echoed.None;
        }
        var answer = rest.AsSpan(mark.Length);
        // "voltage problems, water, dropped, someone else repairing it - no, no, no and no": a list, answered after it.
        if (!mark.Groups["q"].Success && ListThenMark().Match(rest) is { Success: true } listed && BareNo().IsMatch(rest.AsSpan(listed.Length)))
            return Echoed.No;
        // After a comma or a dash the answer stands alone ("dropped, no."): "摔了，没有坏", "dropped it, no damage" are the story.
        var asked = mark.Groups["q"].Success;
        if (asked ? No().IsMatch(answer) : BareNo().IsMatch(answer)) return Echoed.No;
        if (asked ? Yes().IsMatch(answer) : BareYes().IsMatch(answer)) return Echoed.Yes;
        return asked && answer.Length > 0 ? Echoed.Unanswered : Echoed.None;
    }

    [GeneratedRegex(@"^(?:[^，。！？,.!?；;]{1,6}(?:或者|或|和|还是|以及|跟))+$|^\s*(?:[a-z'-]+\s+){1,3}(?:or|and|nor)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex ListLead();

    [GeneratedRegex(@"^\s*no\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex NoBefore();

    /// <summary>Question words an echo starts with, and nothing of the customer's own (no "I", "he", 我).</summary>
    [GeneratedRegex(@"^\s*(?:(?:did|has|have|had|was|were|is|it|any|anyone|anybody|someone|somebody|been|ever|the|a|an|got|get|by|or|and|else|any\s+other|other|another|outside|local|independent|being)\s+){0,4}$|^\s*(?:有没有|是否|有无|是不是|被)?(?:别人|其他人|外人|他人|外面的?人?)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortLead();

    /// <summary>A few filler words after the circumstance ("it", "on", "by anyone"), then the mark that ends the echo.</summary>
    [GeneratedRegex(@"^(?:\s*[a-z'-]+){0,3}?(?:过|了|吗|呢|么|嘛|的|没有|没)*\s*(?:(?<q>[?？]+)|[,，:：]|\s[-–—]+|[-–—]{1,2})\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Mark();

    /// <summary>More circumstances listed after this one, then the answer for all of them: "spills, knocks - no, no and no".</summary>
    [GeneratedRegex(@"^(?:\s*[,，、]\s*(?:and\s+|or\s+)?[^.!?。！？;；\n,，、:：–—-]{1,30}){1,6}?\s*(?:[:：]|[-–—]+)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ListThenMark();

    [GeneratedRegex(@"^(?:过|了)?(?:\s*[、，,和及与跟或]\s*[^、，,。！？.!?；;]{1,8}){0,5}\s*[，,]?\s*(?:都|全都|也都|均|全)(?:没有|没|无|不是)(?:过|的事)?\s*(?:[，。,.!！？?；;]|$)|^(?:\s*(?:,|or|and)\s*[a-z' ]{1,25}){0,5}[,:\s-]+(?:none\s+of\s+(?:that|those|them|it|the\s+above)|neither|no\s+to\s+(?:all|both|each))(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex ListThenAllDenied();

    [GeneratedRegex(@"^(?:(?:no|nope|nah|never|none|negative)(?![a-z'])(?!\s+(?:idea|clue|doubt|kidding|joke|wonder|one|other|more|longer|matter|way\s+to))|not\s+at\s+all)|^(?:没有|从来没|从没|没人|没(?!注意|留意|看|发现|印象|想到|数|问)|无|否|不曾|不是(?!很|太))", RegexOptions.CultureInvariant)]
    private static partial Regex No();

    [GeneratedRegex(@"^(?:no|nope|nah|never|none|negative)\s*(?:[,.!;)]|$|and\s|to\s+all|of\s+(?:them|those|the\s+above))|^(?:没有|没|无|否)(?:的事|过)?\s*(?:[，。,.!！？?；;]|$)|^没有?人?(?:摔|进|拆|改|修|碰|动|被|打开)", RegexOptions.CultureInvariant)]
    private static partial Regex BareNo();

    [GeneratedRegex(@"^(?:yes|yeah|yep|yup|correct)\s*(?:[,.!;]|$)|^(?:是的|是|有|对)\s*(?:[，。,.!！？?；;]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex BareYes();

    [GeneratedRegex(@"^(?:yes|yeah|yep|yup|correct|true|afraid\s+so|it\s+did|it\s+was|i\s+did|we\s+did|he\s+did|she\s+did)(?![a-z'])|^(?:是的|是(?![说指不什啥问])|有(?!没有|点|些)|对(?!了)|嗯|确实)", RegexOptions.CultureInvariant)]
    private static partial Regex Yes();
}
