using Microsoft.Playwright;

namespace AfterSalesBot.Tests.Infrastructure;

/// <summary>
/// One headless Debian Chromium per test class, driven by Playwright. The browser is the system's
/// (/usr/bin/chromium): Playwright is never asked to download one.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath)) throw new InvalidOperationException($"Install Debian's chromium: {ChromiumPath} is missing.");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh profile (its own localStorage) that speaks <paramref name="locale"/>.</summary>
    public Task<IBrowserContext> NewContextAsync(string locale) => Browser.NewContextAsync(new()
    {
        Locale = locale,
        ViewportSize = new() { Width = 1000, Height = 760 },
    });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
    }
}
