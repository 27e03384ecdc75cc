using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// The language the customer writes in, whatever the browser says: any Chinese character makes it Chinese, a Latin word
/// (letters only with a lower-case one, not a serial, a model number or a code like "ABC") English. A message with neither (a serial, a phone number, "👍") says
/// nothing: the channel's locale decides, and the conversation keeps its language (<see cref="HasLanguage"/>).
/// </summary>
internal static partial class LanguageDetector
{
    public static string Detect(string text, string? channelLocale)
    {
        if (text.Any(UtteranceText.IsCjk))
            return "zh";
        if (HasEnglishWord(text))
            return "en";
        if (channelLocale is { } locale && locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
            return "zh";
        return "en";
    }

    /// <summary>Whether the text itself shows its language (a Chinese character or a Latin word).</summary>
    public static bool HasLanguage(string text) => text.Any(UtteranceText.IsCjk) || HasEnglishWord(text);

    /// <summary>"ok" and "hi" are typed in every language.</summary>
    private static bool HasEnglishWord(string text) =>
        LatinWord().Matches(text).Any(m => m.Value.Any(char.IsLower) && m.Value.ToLowerInvariant() is not ("ok" or "okay" or "hi" or "thx" or "qq"));

    [GeneratedRegex(@"(?<![A-Za-z0-9-])[A-Za-z]{2,}(?![A-Za-z0-9-])", RegexOptions.CultureInvariant)]
    private static partial Regex LatinWord();
}
