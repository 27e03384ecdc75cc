using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AfterSalesBot.Escalation.Console;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Escalation;

public sealed partial class ConsoleTextsTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "src", "Escalation", "Console", "Resources");

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    private static readonly Dictionary<string, string> English = Read("ConsoleTexts.resx");
    private static readonly Dictionary<string, string> Chinese = Read("ConsoleTexts.zh-Hans.resx");

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    private static SortedSet<int> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    [Fact]
    public void BothLanguagesHaveTheSameNames()
    {
        Assert.True(English.Count > 100, $"only {English.Count} English texts read from {Folder}");
        Assert.Empty(English.Keys.Except(Chinese.Keys));
        Assert.Empty(Chinese.Keys.Except(English.Keys));
    }

    [Fact]
    public void NoChineseTextIsEmptyWhereTheEnglishOneIsNot()
    {
        var missing = English.Where(e => e.Value.Trim().Length > 0 && Chinese.TryGetValue(e.Key, out var zh) && zh.Trim().Length == 0)
            .Select(e => e.Key);

        Assert.Empty(missing);
    }

    [Fact]
    public void EveryPlaceholderInOneLanguageIsInTheOther()
    {
        var mismatched = English.Keys.Intersect(Chinese.Keys)
            .Where(k => !Placeholders(English[k]).SetEquals(Placeholders(Chinese[k])))
            .Select(k => $"{k}: en {{{string.Join(",", Placeholders(English[k]))}}} zh {{{string.Join(",", Placeholders(Chinese[k]))}}}");

        Assert.Empty(mismatched);
    }

    [Fact]
    public void TheBuiltResourcesCarryEveryNameInBothLanguages()
    {
        Assert.Equal(English.Keys.Order(StringComparer.Ordinal), ConsoleTexts.Names(ConsoleTexts.English).Order(StringComparer.Ordinal));
        Assert.Equal(Chinese.Keys.Order(StringComparer.Ordinal), ConsoleTexts.Names(ConsoleTexts.Chinese).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void GetAnswersInTheCurrentUiLanguage()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = ConsoleTexts.Chinese;
            Assert.Equal(Chinese["Action.Take"], ConsoleTexts.Get("Action.Take"));
            CultureInfo.CurrentUICulture = ConsoleTexts.English;
            Assert.Equal(English["Action.Take"], ConsoleTexts.Get("Action.Take"));
            Assert.Throws<InvalidOperationException>(() => ConsoleTexts.Get("No.Such.Text"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
