using System.Globalization;
using AfterSalesBot.Escalation.Console;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Browser;

/// <summary>
/// The live chat's times (console.js, in Chromium) are written exactly as the server writes the pages' (ConsoleTime):
/// the same pattern per language, the staff member's zone with its name and offset — never the browser's own zone or
/// language, which here are Los Angeles and German on purpose.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsoleTimeScriptTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Instants =
    [
        "2026-12-02T07:28:00Z", // the afternoon in Shanghai
        "2026-07-01T23:59:30Z", // a different day in the east, summer time in the west
        "2026-03-08T07:30:00Z", // New York half an hour after its clocks went forward
    ];

    private static readonly string[] Zones = ["Asia/Shanghai", "America/New_York", "Asia/Kolkata", "Europe/London", "UTC"];

    [Fact]
    public async Task The_live_chat_formats_every_time_as_the_server_does_in_both_languages()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "de-DE", TimezoneId = "America/Los_Angeles" });
        var page = await context.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html><body></body></html>");
        await page.AddScriptTagAsync(new() { Path = Path.Combine(RepoPaths.Root, "src", "Escalation", "Console", "Assets", "console.js") });

        var compared = 0;
        foreach (var pattern in new[] { PatternIn(ConsoleTexts.English), PatternIn(ConsoleTexts.Chinese) })
        foreach (var zone in Zones)
        foreach (var instant in Instants)
        {
            var script = await page.EvaluateAsync<string>("([iso, zone, pattern]) => window.consoleTime.format(iso, zone, pattern)",
                new[] { instant, zone, pattern });
            var server = ConsoleTime.Format(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture), TimeZoneInfo.FindSystemTimeZoneById(zone), pattern);
            Assert.Equal(server, script);
            compared++;
        }

        Assert.Equal(30, compared);
        // Spot checks that the shared format is the one the console promises.
        Assert.Equal("2026-12-02 15:28 (Asia/Shanghai, UTC+08:00)", ConsoleTime.Format(
            DateTimeOffset.Parse(Instants[0], CultureInfo.InvariantCulture), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), PatternIn(ConsoleTexts.English)));
        Assert.Equal("2026年07月02日 05:29（Asia/Kolkata，UTC+05:30）", await page.EvaluateAsync<string>(
            "([iso, zone, pattern]) => window.consoleTime.format(iso, zone, pattern)", new[] { Instants[1], "Asia/Kolkata", PatternIn(ConsoleTexts.Chinese) }));
    }

    private static string PatternIn(CultureInfo culture)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return ConsoleTime.Pattern;
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
