using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Conversations;

/// <summary>Everything the bot says exists in English and Chinese with the same placeholders (BotTexts*.resx).</summary>
public sealed partial class BotTextsResourceTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "src", "Bot", "Conversations", "Resources");

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    private static readonly Dictionary<string, string> English = Read("BotTexts.resx");
    private static readonly Dictionary<string, string> Chinese = Read("BotTexts.zh-Hans.resx");

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    private static SortedSet<int> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    [Fact]
    public void EveryEnglishTextHasAChineseOneAndViceVersa()
    {
        Assert.True(English.Count > 100, $"only {English.Count} English texts read from {Folder}");
        Assert.Empty(English.Keys.Except(Chinese.Keys));
        Assert.Empty(Chinese.Keys.Except(English.Keys));
    }

    [Fact]
    public void BothLanguagesFillTheSamePlaceholdersAndNeitherIsEmpty()
    {
        var different = English.Where(e => Chinese.TryGetValue(e.Key, out var zh) && !Placeholders(e.Value).SetEquals(Placeholders(zh)))
            .Select(e => e.Key);
        var empty = English.Where(e => e.Value.Trim().Length > 0 && Chinese.TryGetValue(e.Key, out var zh) && zh.Trim().Length == 0)
            .Select(e => e.Key);

        Assert.Empty(different);
        Assert.Empty(empty);
    }
}
