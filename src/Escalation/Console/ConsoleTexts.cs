using System.Globalization;
using System.Resources;

namespace AfterSalesBot.Escalation.Console;

/// <summary>The console's words in English and Chinese (Console/Resources/ConsoleTexts*.resx).</summary>
public static class ConsoleTexts
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    private static readonly ResourceManager Resources =
        new("AfterSalesBot.Escalation.Console.Resources.ConsoleTexts", typeof(ConsoleTexts).Assembly);

    /// <summary>The text in the current UI culture; a missing name fails loudly (a test checks both files agree).</summary>
    public static string Get(string name, params object?[] args)
    {
        var culture = CultureInfo.CurrentUICulture;
        var text = Resources.GetString(name, culture) ?? throw new InvalidOperationException($"No console text named '{name}'.");
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }

    /// <summary>The text in the current UI culture, or null when there is none by that name (codes from imported data).</summary>
    public static string? Find(string name) => Resources.GetString(name, CultureInfo.CurrentUICulture);

    public static IEnumerable<string> Names(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key);
}
