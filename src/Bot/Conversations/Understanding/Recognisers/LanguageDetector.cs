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
        if (english > 0 && Pinyin.IsPinyin(text))
        {
            chinese += english;
            english = 0;
        }
        // Mixed text goes by the larger part: "my 热水器 is leaking" is English, "上个月你们engineer来修过" Chinese.
        if (chinese > english)
            return "zh";
        if (english > chinese)
            return "en";
        // A tie ("yes 对") or nothing to go by: the locale, which the conversation sets to its language once it runs.
        if (channelLocale is { } locale && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            return "en";
        return chinese > 0 || channelLocale is { } zh && zh.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh" : "en";
    }

    /// <summary>Whether the text itself shows its language (a Chinese character or a Latin word).</summary>
    public static bool HasLanguage(string text) => text.Any(UtteranceText.IsCjk) || HasEnglishWord(text);

    /// <summary>"ok" and "hi" are typed in every language.</summary>
    private static bool HasEnglishWord(string text) => EnglishWords(text) > 0;

    private static int EnglishWords(string text) =>
        LatinWord().Matches(text).Count(m => m.Value.Any(char.IsLower) && m.Value.ToLowerInvariant() is not ("ok" or "okay" or "hi" or "hello" or "hey" or "hiya" or "thx" or "qq"));

    [GeneratedRegex(@"(?<![A-Za-z0-9-])[A-Za-z]{2,}(?![A-Za-z0-9-])", RegexOptions.CultureInvariant)]
    private static partial Regex LatinWord();
}
