using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// The language the customer writes in, whatever the browser says: the larger part decides between Chinese characters and English words
/// (letters only with a lower-case one, not a serial, a model number or a code like "ABC") English. A message with neither (a serial, a phone number, "👍") says
/// nothing: the channel's locale decides, and the conversation keeps its language (<see cref="HasLanguage"/>).
/// </summary>
internal static partial class LanguageDetector
{
    public static string Detect(string text, string? channelLocale)
    {
        var chinese = text.Count(UtteranceText.IsCjk);
        var english = EnglishWords(text);
        // Mixed text goes by the larger part: "my 热水器 is leaking" is Chinese, "…cold weather 谢谢" English.
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
