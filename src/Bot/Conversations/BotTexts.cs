using System.Globalization;
using System.Resources;

namespace AfterSalesBot.Bot.Conversations;

/// <summary>The customer-facing texts, one named resource per language (Resources/BotTexts*.resx).</summary>
public static class BotTexts
{
    private static readonly ResourceManager Resources =
        new("AfterSalesBot.Bot.Conversations.Resources.BotTexts", typeof(BotTexts).Assembly);

    public static string Get(string name, CultureInfo culture, params object[] args)
    {
        var text = Resources.GetString(name, culture)
            ?? throw new InvalidOperationException($"No customer text named '{name}'.");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }
}
