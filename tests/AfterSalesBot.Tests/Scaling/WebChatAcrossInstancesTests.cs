using AfterSalesBot.Tests.Browser;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AfterSalesBot.Tests.Scaling;

/// <summary>
/// The real Web Chat page in headless Chromium, through nginx (round robin) in front of three host processes on one
/// PostgreSQL database with Redis as the backplane, as a deployment runs them: each of the customer's sends lands on
/// another instance than the one before, the socket stays on one of them, and the complaint is completed as on one
/// instance (ADR 0027 for the stream, ADR 0028 for the turns).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WebChatAcrossInstancesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string InWarrantySerial = "JQ525091280";

    private readonly List<BotServer> _servers = [];
    private readonly List<string> _homes = [];
    private HostDatabase _database = null!;
    private NginxFront _front = null!;

    public async Task InitializeAsync()
    {
        _database = await HostDatabase.CreateAsync(StorageEngine.PostgreSql, "webchat-instances");
        var redis = await RedisServer.GetSharedAsync();
        var prefix = "asb-test-" + Guid.NewGuid().ToString("N")[..12];
        // One after the other (the first migrates the database and imports the demo knowledge); each is listed before
        // it starts, so one that fails to start is still stopped at the end.
        for (var i = 0; i < 3; i++)
        {
            var home = Directory.CreateTempSubdirectory($"asb-home-{i}-").FullName;
            _homes.Add(home);
            var server = _database.NewServer(new Dictionary<string, string>
            {
                ["HOME"] = home,
                ["Redis__Configuration"] = redis.Configuration,
                ["Redis__ChannelPrefix"] = prefix,
            });
            _servers.Add(server);
            await server.StartAsync();
        }
        _front = await NginxFront.StartAsync(_servers.Select(s => s.BaseUrl));
    }

    public async Task DisposeAsync()
    {
        if (_front is not null) await _front.DisposeAsync();
        foreach (var server in _servers) await server.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
        foreach (var home in _homes)
            try { Directory.Delete(home, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task A_customer_completes_a_complaint_in_Web_Chat_while_each_send_lands_on_another_instance()
    {
        await using var context = await browser.NewContextAsync("en-US");
        var page = await CustomerPage.OpenAsync(context, _front.BaseUrl);

        await page.SendAsync("My Q5 gas stove won't light since yesterday");
        await page.ExpectSentAsync("My Q5 gas stove won't light since yesterday", WebChatTexts.English);
        await page.ExpectBotSaysAsync("Is that correct?");
        await TapAsync(page, "Yes, that's right");

        var card = page.Transcript.Locator(".ac-adaptiveCard").Last;
        await Expect(card).ToBeVisibleAsync(new() { Timeout = CustomerPage.Timeout });
        await card.GetByLabel("Serial or order number").FillAsync(InWarrantySerial);
        await card.GetByLabel("None of these").CheckAsync();
        await card.Locator("select").SelectOptionAsync(new SelectOptionValue { Label = "Repair" });
        await card.GetByLabel("Phone number").FillAsync("13812345678");
        await card.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();

        await page.ExpectBotSaysAsync("Good news: this is covered");
        await page.ExpectBotSaysAsync("Would you like that?");
        await TapAsync(page, "Yes, please");
        await page.ExpectBotSaysAsync("recorded our agreement under case AS-");

        // Each answer once, in the order asked: a turn run twice, or out of order, would show here.
        var said = await page.BotBubbles.AllInnerTextsAsync();
        Assert.Single(said, s => s.Contains("Is that correct?", StringComparison.Ordinal));
        Assert.Single(said, s => s.Contains("Good news: this is covered", StringComparison.Ordinal));
        Assert.Single(said, s => s.Contains("recorded our agreement under case AS-", StringComparison.Ordinal));
        Assert.True(IndexOf(said, "Is that correct?") < IndexOf(said, "Good news: this is covered")
            && IndexOf(said, "Good news: this is covered") < IndexOf(said, "recorded our agreement under case AS-"), string.Join(" | ", said));
        Assert.Equal(0, await page.Transcript.GetByText(WebChatTexts.English.SendFailed).CountAsync());
        Assert.Empty(page.ConsoleErrors);

        // The page's join event and the four sends (message, tap, card, tap) went to the instances in turn, and none was
        // refused.
        var sends = _front.Served("/activities").Where(r => r.Method == "POST").ToList();
        Assert.Equal(5, sends.Count);
        Assert.All(sends, s => Assert.Equal(200, s.Status));
        for (var i = 1; i < sends.Count; i++) Assert.NotEqual(sends[i - 1].Upstream, sends[i].Upstream);
        Assert.Equal(3, sends.Select(s => s.Upstream).Distinct().Count());
    }

    private static int IndexOf(IReadOnlyList<string> said, string text) =>
        said.Select((s, i) => (s, i)).First(x => x.s.Contains(text, StringComparison.Ordinal)).i;

    /// <summary>Suggested actions are buttons under the transcript; tapping one sends its title.</summary>
    private static async Task TapAsync(CustomerPage page, string title)
    {
        var button = page.Page.Locator(".webchat__suggested-actions").GetByRole(AriaRole.Button, new() { Name = title });
        await Expect(button).ToBeVisibleAsync(new() { Timeout = CustomerPage.Timeout });
        await button.ClickAsync();
    }
}
