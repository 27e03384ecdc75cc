using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// The language the customer writes in, whatever the browser says: the larger part decides between Chinese words (two characters each) and English words
/// (letters only with a lower-case one, not a serial, a model number or a code like "ABC") English. A message with neither (a serial, a phone number, "👍") says
/// nothing: the channel's locale decides, and the conversation keeps its language (<see cref="HasLanguage"/>).
/// </summary>
internal static partial class LanguageDetector
{
    public static string Detect(string text, string? channelLocale)
    {
        // Words against words: a Chinese word is about two characters (热水器, 漏水), so "finance suite 9 super slow when posting
        // vouchers, 每次都要等一分钟" is English (7 words to about 4) and "copier DC-3020又报错了，复印不了" Chinese.
        var chinese = (text.Count(UtteranceText.IsCjk) + 1) / 2;
        var english = EnglishWords(text);
        // Pinyin typed without the Chinese keyboard ("dui", "xin mai de caiwu ruanjian an zhuang bu shang") is Chinese.
        if (english > 0 && Pinyin.IsPinyin(text, channelLocale is { } zhLocale && zhLocale.StartsWith("zh", StringComparison.OrdinalIgnoreCase)))
        {
            chinese += english;
            english = 0;
        }
        // Mixed text goes by its grammar first: "我的printer一直paper jam" is Chinese with English nouns in it, "my 热水器 is
        // leaking" English with a Chinese one. When both languages have function words (two sentences), the larger part decides.
        if (chinese > 0 && english > 0)
        {
            var zhGrammar = ChineseFunctionWords().Count(text);
            var enGrammar = EnglishFunctionWords().Count(text.ToLowerInvariant());
            if (zhGrammar == 0 != (enGrammar == 0)) return zhGrammar > 0 ? "zh" : "en";
        }
        // Otherwise by the larger part: "上个月你们engineer来修过" is Chinese.
        if (chinese > english)
            return "zh";
        if (english > chinese)
            return "en";
        // A tie ("yes 对") or nothing to go by: the locale, which the conversation sets to its language once it runs.
        if (channelLocale is { } locale && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            return "en";
        return chinese > 0 || channelLocale is { } zh && zh.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh" : "en";
    }

    /// <summary>
    /// The conversation's language after a message, once the customer has written in it: it changes only when they go on
    /// in the other language in words of their own (round 32). Short English answers in a Chinese chat ("yes", "OK", "no,
    /// 没有"), a rating label or an error screen pasted in English, a relative's Chinese message quoted with "&gt;" in an English
    /// chat keep it; "sorry, my husband will type from here, he prefers English" or 我还是用中文说吧，洗碗机不排水 move it.
    /// </summary>
    public static string Follow(string current, string text, string detected)
    {
        if (detected == current) return current;
        var own = WithoutQuotedText(text);
        if (!HasLanguage(own)) return current;
        var language = Detect(own, current == "zh" ? "zh-CN" : "en-US");
        if (language == current) return current;
        return (language == "en" ? GoesOnInEnglish(own) : GoesOnInChinese(own)) ? language : current;
    }

    /// <summary>A sentence of the customer's own in English: no Chinese in it, five words or more, one of them the writer
    /// or the reader ("I", "my", "you", "please"), and not a screen of three lines or more that starts without one.</summary>
    private static bool GoesOnInEnglish(string text)
    {
        if (text.Any(UtteranceText.IsCjk) || EnglishWords(text) < 5) return false;
        var lower = text.ToLowerInvariant();
        if (!Personal().IsMatch(lower)) return false;
        var lines = lower.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length < 3 || Personal().IsMatch(lines[0]);
    }

    /// <summary>Chinese of the customer's own: four characters or more, or three with a word of grammar (不, 了, 吧) —
    /// not an answer of one word (对, 是的) typed in an English chat.</summary>
    private static bool GoesOnInChinese(string text)
    {
        var characters = text.Count(UtteranceText.IsCjk);
        return characters >= 4 || characters == 3 && ChineseFunctionWords().IsMatch(text);
    }

    /// <summary>The message without what it quotes: lines starting with "&gt;" and a forwarded message after its header.</summary>
    private static string WithoutQuotedText(string text)
    {
        if (ForwardedHeader().Match(text) is { Success: true } forwarded) text = text[..forwarded.Index];
        if (!text.Contains('>') && !text.Contains('＞')) return text;
        return string.Join('\n', text.Split('\n').Where(line => !line.TrimStart().StartsWith('>') && !line.TrimStart().StartsWith('＞')));
    }

    [GeneratedRegex(@"-{3,}\s*(?:original\s+message|forwarded\s+message)|转发的消息|原始邮件", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ForwardedHeader();

    [GeneratedRegex(@"(?<![a-z'])(?:i|i'm|im|i've|i'd|i'll|my|me|mine|we|we're|our|us|you|your|you're|please|pls|sorry|thanks|thank|can|could|would)(?![a-z'])", RegexOptions.CultureInvariant)]
    private static partial Regex Personal();

    /// <summary>Whether the text itself shows its language (a Chinese character or a Latin word).</summary>
    public static bool HasLanguage(string text) => text.Any(UtteranceText.IsCjk) || HasEnglishWord(text);

    /// <summary>"ok" and "hi" are typed in every language.</summary>
    private static bool HasEnglishWord(string text) => EnglishWords(text) > 0;

    private static int EnglishWords(string text) =>
        LatinWord().Matches(text).Count(m => m.Value.Any(char.IsLower) && m.Value.ToLowerInvariant() is not ("ok" or "okay" or "hi" or "hello" or "hey" or "hiya" or "thx" or "qq"));

    [GeneratedRegex(@"我们|你们|我|的|了|是|在|一直|不|没|吗|呢|吧|就|都|也|很|还|又|这|那|把|被|给|要", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseFunctionWords();

    [GeneratedRegex(@"(?<![a-z'])(?:i|my|me|we|our|us|you|your|it|its|it's|the|a|an|is|are|was|were|has|have|had|and|but|to|of|in|on|at|for|with|when|since|not|won't|doesn't|don't|didn't|can't|keeps?|does|do|did|will|just|again)(?![a-z'])", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishFunctionWords();

    [GeneratedRegex(@"(?<![A-Za-z0-9-])[A-Za-z]{2,}(?![A-Za-z0-9-])", RegexOptions.CultureInvariant)]
    private static partial Regex LatinWord();
}
