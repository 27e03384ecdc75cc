using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding.Text;
using AfterSalesBot.Bot.Conversations.Understanding.Vocabulary;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// A yes or a no that opens the message ("yep", "no, it's the heater", "嗯，不是", "对对对"). The answer must end
/// where a clause ends — at punctuation, the end, a particle (啊, 吧…) or another answer — so "no hot water" and
/// "没有热水" are not a no, and "好热" is not a yes.
/// </summary>
internal static partial class YesNoRecogniser
{
    private const string Delimiter = @"(?=$|[\s,，。.!！?？~～…、;；:：)）]|[啊呀吧啦呢嘛哈的]|谢谢|就是|我|是的|没错|对|好的|,)";

    private static readonly Regex Fillers = new(
        $@"^\s*(?:(?:{string.Join('|', YesNoWords.Fillers.Select(Regex.Escape))})(?:[\s,，。.!！…~～]+|$))*", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex LeadIn = new(YesNoWords.FormalLeadIn, RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex StrongYes = Opening(YesNoWords.Yes);
    private static readonly Regex ShortYes = Opening(YesNoWords.YesShortOnly);
    private static readonly Regex No = Opening(YesNoWords.No);
    /// <summary>Also before a spaced dash: "no - she says it hasn't been knocked" (round 50), not "no-one".</summary>
    private static readonly Regex NoBeforePunctuation = Opening(YesNoWords.NoBeforePunctuation, @"(?=$|[,，。.!！?？~～…、;；:：]|\s+[-–—]\s|[啊呀吧啦呢嘛哈的])");
    private static readonly Regex YesBeforePunctuation = Opening(YesNoWords.YesBeforePunctuation, @"(?=$|[,，。.!！?？~～…、;；:：]|\s+[-–—]\s)");

    /// <summary>"压根儿没碰过", "根本没有", "完全没动过", "从来没有的事" (round 164): a flat denial, but not "根本没法用" or "完全没有热水".</summary>
    private static readonly Regex FlatDenial = new(
        @"^\s*(?:压根儿?|根本|从来|完全|绝对)就?(?:没有?|没)(?:有过|碰过|动过|摔过|拆过|修过|进过水|湿过|磕过|撞过|过|的事)?(?=$|[\s,，。.!！?？~～…、;；:：]|[啊呀吧啦呢嘛哈的])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>"no it was never dropped", "no nothing like that", "no we havent": typed without punctuation, a "no" followed
    /// straight by the clause it opens (a pronoun, "nothing", "never") is still a no — not "no hot water" (round 33); so is
    /// "No no. Nothing like that." (round 42).</summary>
    private static readonly Regex NoThenClause = new(
        @"^\s*no\s+(?=(?:no|nope|nah|it|its|it's|nothing|nobody|none|never|not|we|we've|weve|i|i've|ive|i'm|im|she|he|they|thats|that's|theres|there's|just|only|sorry|thanks|definitely|absolutely|certainly)(?![a-z']))",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Yes or No when the message opens with one; <paramref name="shortOnly"/> is set for the forms that count only in a short message.</summary>
    public static Intent? Find(UtteranceText text, out bool shortOnly)
    {
        shortOnly = false;
        var rest = text.Folded[Fillers.Match(text.Folded).Length..];
        rest = rest[LeadIn.Match(rest).Length..];
        if (rest.Trim().Length == 0)
            rest = text.Folded;
        // "remote support? ok", "退款？对，退款" (round 176): the remedy named back with a question mark, then the answer to it.
        var echoed = EchoLead().Match(rest) is { Success: true } echo && echo.Length < rest.Length && AnswerAfterEcho(rest[echo.Length..]);
        if (echoed) rest = rest[EchoLead().Match(rest).Length..];
        var no = No.Match(rest) is { Success: true } loose ? loose : NoBeforePunctuation.Match(rest) is { Success: true } punctuated ? punctuated
            : FlatDenial.Match(rest) is { Success: true } flat ? flat : NoThenClause.Match(rest);
        var yes = StrongYes.Match(rest) is { Success: true } strong ? strong : YesBeforePunctuation.Match(rest);
        if (no.Success && (!yes.Success || no.Length >= yes.Length))
            return Intent.No;
        if (yes.Success)
            return Intent.Yes;
        // "the refund? fine, do the refund": a short yes right after the echo is the answer to it.
        shortOnly = !echoed;
        return ShortYes.IsMatch(rest) ? Intent.Yes : null;
    }

    private static bool AnswerAfterEcho(string after) =>
        StrongYes.IsMatch(after) || YesBeforePunctuation.IsMatch(after) || ShortYes.IsMatch(after) || No.IsMatch(after) || NoBeforePunctuation.IsMatch(after);

    /// <summary>A few words ending in a question mark, no question word among them: "a free repair?", "remote support?", 换新的？</summary>
    [GeneratedRegex(@"^\s*(?!(?:what|how|why|when|where|who|which|can|could|will|would|is|are|do|does|did|should|may|shall)(?![a-z']))(?:[a-z'-]+\s*){1,4}[?？]+\s*|^\s*(?![^?？]*(?:吗|呢|么|啥|什么|怎么|多少|几|谁|哪|是不是|能不能|可不可以|行不行|要不要))[\u4e00-\u9fff]{1,8}[?？]+\s*", RegexOptions.CultureInvariant)]
    private static partial Regex EchoLead();

    private static Regex Opening(IEnumerable<string> forms, string delimiter = Delimiter)
    {
        var alternatives = forms.OrderByDescending(f => f.Length).Select(f => Regex.Escape(f).Replace("'", "'?", StringComparison.Ordinal).Replace("\\ ", "\\s+", StringComparison.Ordinal));
        return new Regex($"^\\s*(?:{string.Join('|', alternatives)}){delimiter}", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}
