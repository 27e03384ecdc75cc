using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>The channel's locale when it names one of our languages, else the text's own: any Chinese character makes it Chinese.</summary>
internal static class LanguageDetector
{
    public static string Detect(string text, string? channelLocale)
    {
        if (channelLocale is { } locale)
        {
            if (locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
                return "zh";
            if (locale.StartsWith("en", StringComparison.OrdinalIgnoreCase))
                return "en";
        }
        return text.Any(UtteranceText.IsCjk) ? "zh" : "en";
    }
}
