using AfterSalesBot.Escalation.Console;

namespace AfterSalesBot.Tests.Console;

public sealed class ConsoleTextsTests
{
    [Fact]
    public void EnglishAndChineseHaveTheSameNames()
    {
        var english = ConsoleTexts.Names(ConsoleTexts.English).ToHashSet(StringComparer.Ordinal);
        var chinese = ConsoleTexts.Names(ConsoleTexts.Chinese).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(english);
        Assert.Empty(english.Except(chinese));
        Assert.Empty(chinese.Except(english));
    }

    [Fact]
    public void EveryChineseTextTakesTheSamePlaceholders()
    {
        var english = ConsoleTexts.Names(ConsoleTexts.English).ToList();
        foreach (var name in english)
        {
            Assert.Equal(Placeholders(Text(name, ConsoleTexts.English)), Placeholders(Text(name, ConsoleTexts.Chinese)));
        }
    }

    private static string Text(string name, System.Globalization.CultureInfo culture)
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
            return ConsoleTexts.Get(name);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }

    private static string Placeholders(string text) =>
        string.Join(',', System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal));
}
