using AfterSalesBot.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AfterSalesBot.Tests.Browser;

/// <summary>The customer page with the real Web Chat bundle, in headless Chromium, against the real host.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WebChatPageTests(BrowserFixture browser, BotServerFixture server)
    : IClassFixture<BrowserFixture>, IClassFixture<BotServerFixture>
{
    // The complaint flow's first step: the bot listens, then asks for more (the greeting came on joining).
    private const string EnglishListening = "listening"; // Web Chat's markdown turns I'm into I’m
    private const string EnglishGoOn = "go on";
    private const string ChineseListening = "我在认真听";
    private const string ChineseGoOn = "请继续";

    [Fact]
    public async Task EnglishCustomerSendsAMessageAndSeesTheGreetingAndTheBotListening()
    {
        await using var context = await browser.NewContextAsync("en-US");
        var page = await CustomerPage.OpenAsync(context, server.Server.BaseUrl);
        await Expect(page.Title).ToHaveTextAsync("After-sales service");

        await page.SendAsync("My blender stopped working");

        await page.ExpectSentAsync("My blender stopped working", WebChatTexts.English);
        await page.ExpectBotSaysAsync("AfterSalesBot");
        await page.ExpectBotSaysAsync(EnglishListening);
        await page.ScreenshotAsync("webchat-en");
        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task TheSendBoxStaysDisabledUntilTheConversationIsOnline()
    {
        await using var context = await browser.NewContextAsync("en-US");
        var page = await context.NewPageAsync();
        // Hold the Direct Line connection back until the test has looked at the send box.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/v3/directline/conversations/*", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(server.Server.BaseUrl.ToString());
        var sendBox = page.Locator("[data-id=\"webchat-sendbox-input\"]");

        await Expect(sendBox).ToHaveCountAsync(1, new() { Timeout = CustomerPage.Timeout });
        await Expect(sendBox).Not.ToBeEditableAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("Connecting");

        release.SetResult();
        await Expect(sendBox).ToBeEditableAsync(new() { Timeout = CustomerPage.Timeout });
        await Expect(page.Locator("#status")).ToBeHiddenAsync(new() { Timeout = CustomerPage.Timeout });
    }

    [Fact]
    public async Task ChineseCustomerSeesTheChinesePageAndReplies()
    {
        await using var context = await browser.NewContextAsync("zh-CN");
        var page = await CustomerPage.OpenAsync(context, server.Server.BaseUrl);
        await Expect(page.Title).ToHaveTextAsync("售后服务");

        await page.SendAsync("我的洗衣机漏水了");

        await page.ExpectSentAsync("我的洗衣机漏水了", WebChatTexts.Chinese);
        await page.ExpectBotSaysAsync(ChineseListening);
        await page.ScreenshotAsync("webchat-zh");
        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task SwitchingToChineseReloadsInChineseAndKeepsTheConversation()
    {
        await using var context = await browser.NewContextAsync("en-US");
        var page = await CustomerPage.OpenAsync(context, server.Server.BaseUrl);
        await page.SendAsync("The microwave doesn't heat");
        await page.ExpectBotSaysAsync(EnglishListening);
        var conversation = await page.ConversationIdAsync();

        await page.SwitchLanguageAsync("zh-CN", "售后服务");

        await Expect(page.Page.Locator("[data-locale=\"zh-CN\"]")).ToHaveAttributeAsync("aria-pressed", "true");
        await page.ExpectUserSaidAsync("The microwave doesn't heat");
        await page.ExpectBotSaysAsync(EnglishListening);
        Assert.Equal(conversation, await page.ConversationIdAsync());

        await page.SendAsync("还是不热");
        await page.ExpectSentAsync("还是不热", WebChatTexts.Chinese);
        await page.ExpectBotSaysAsync(ChineseGoOn);
        Assert.Empty(page.ConsoleErrors);
    }

    [Theory]
    [InlineData("en-US", "could not be opened here")]
    [InlineData("zh-CN", "无法在这里打开您之前的对话")]
    public async Task ABrowserWhoseRememberedConversationCannotBeResumedIsToldAndGetsANewOne(string locale, string notice)
    {
        await using var context = await browser.NewContextAsync(locale);
        // What a browser remembers from a conversation whose token the server will not honour (forged, or too old).
        await context.AddInitScriptAsync("""
            if (!sessionStorage.getItem('seeded')) {
              sessionStorage.setItem('seeded', '1');
              localStorage.setItem('aftersalesbot.session', JSON.stringify({ conversationId: 'someone-else', userId: 'dl_x', token: 'not.a.valid-token' }));
            }
            """);
        var page = await CustomerPage.OpenAsync(context, server.Server.BaseUrl);

        await Expect(page.Page.Locator("#notice")).ToContainTextAsync(notice);
        Assert.NotEqual("someone-else", await page.ConversationIdAsync());
        // The new conversation works: the greeting came on joining, and a complaint is listened to.
        await page.SendAsync(locale == "zh-CN" ? "我的洗衣机漏水了" : "My blender stopped working");
        await page.ExpectBotSaysAsync(locale == "zh-CN" ? ChineseListening : EnglishListening);
        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task ReloadingThePageShowsTheEarlierMessages()
    {
        await using var context = await browser.NewContextAsync("en-US");
        var page = await CustomerPage.OpenAsync(context, server.Server.BaseUrl);
        await page.SendAsync("The fridge light flickers");
        await page.ExpectBotSaysAsync(EnglishListening);
        var conversation = await page.ConversationIdAsync();

        await page.ReloadAsync();

        await page.ExpectUserSaidAsync("The fridge light flickers");
        await page.ExpectBotSaysAsync(EnglishListening);
        Assert.Equal(conversation, await page.ConversationIdAsync());
        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task AfterAServerRestartTheOpenPageShowsTheSameHistoryAndCarriesOn()
    {
        await using var own = await BotServer.StartNewAsync();
        await using var context = await browser.NewContextAsync("en-US");
        var page = await CustomerPage.OpenAsync(context, own.BaseUrl);
        await page.SendAsync("The dryer is noisy");
        await page.ExpectBotSaysAsync(EnglishListening);
        var conversation = await page.ConversationIdAsync();

        await own.RestartOnSamePortAsync();
        await page.ReloadAsync();

        await page.ExpectUserSaidAsync("The dryer is noisy");
        await page.ExpectBotSaysAsync(EnglishListening);
        Assert.Equal(conversation, await page.ConversationIdAsync());
        await page.SendAsync("Still noisy after the restart");
        await page.ExpectSentAsync("Still noisy after the restart", WebChatTexts.English);
        await Expect(page.BotBubbles.Filter(new() { HasText = EnglishGoOn })).ToHaveCountAsync(1, new() { Timeout = CustomerPage.Timeout });
    }
}
