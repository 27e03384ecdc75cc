using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AfterSalesBot.Tests.Browser;

/// <summary>
/// The customer chat page as a customer uses it, through Web Chat's own DOM: the send box, the transcript's
/// bubbles and each activity's send status. Collects the page's console errors.
/// </summary>
public sealed class CustomerPage
{
    /// <summary>Generous: a loaded two-core machine runs the host, Node and Chromium at once.</summary>
    public static readonly float Timeout = 30_000;

    private readonly List<string> _consoleErrors = [];

    private CustomerPage(IPage page)
    {
        Page = page;
        page.Console += (_, message) => { if (message.Type == "error") lock (_consoleErrors) _consoleErrors.Add(message.Text); };
        page.PageError += (_, error) => { lock (_consoleErrors) _consoleErrors.Add("uncaught: " + error); };
    }

    public IPage Page { get; }

    public ILocator SendBox => Page.Locator("[data-id=\"webchat-sendbox-input\"]");

    public ILocator Transcript => Page.Locator(".webchat__basic-transcript__transcript");

    public ILocator Title => Page.Locator("header h1");

    public ILocator UserBubbles => Transcript.Locator(".webchat__bubble--from-user");

    public ILocator BotBubbles => Transcript.Locator(".webchat__bubble:not(.webchat__bubble--from-user)");

    public IReadOnlyList<string> ConsoleErrors { get { lock (_consoleErrors) return [.. _consoleErrors]; } }

    public static async Task<CustomerPage> OpenAsync(IBrowserContext context, Uri baseUrl)
    {
        var page = new CustomerPage(await context.NewPageAsync());
        await page.Page.GotoAsync(baseUrl.ToString());
        await page.ExpectConnectedAsync();
        return page;
    }

    /// <summary>
    /// Web Chat drops what is submitted before Direct Line is online, so a customer waits for the page's
    /// "connecting" notice to go away, as we do here.
    /// </summary>
    private async Task ExpectConnectedAsync()
    {
        await Expect(Page.Locator("#webchat[data-conversation-id]")).ToHaveCountAsync(1, new() { Timeout = Timeout });
        await Expect(Page.Locator("#status")).ToBeHiddenAsync(new() { Timeout = Timeout });
        await Expect(SendBox).ToBeEditableAsync(new() { Timeout = Timeout });
    }

    /// <summary>The conversation Web Chat is showing, as the page stored it.</summary>
    public Task<string?> ConversationIdAsync() => Page.Locator("#webchat").GetAttributeAsync("data-conversation-id");

    public async Task SendAsync(string text)
    {
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
    }

    /// <summary>
    /// Waits until the customer's bubble with <paramref name="text"/> shows Web Chat's "sent at" status, which
    /// it shows only once the server echoed the activity back with its clientActivityID.
    /// </summary>
    public async Task ExpectSentAsync(string text, WebChatTexts texts)
    {
        var article = Transcript.Locator("article").Filter(new() { Has = Page.Locator(".webchat__bubble--from-user", new() { HasText = text }) });
        await Expect(article).ToHaveCountAsync(1, new() { Timeout = Timeout });
        await Expect(article.Locator(".webchat__activity-status--self")).ToContainTextAsync(texts.SentAt, new() { Timeout = Timeout });
        await Expect(article.Locator(".webchat__activity-status--sending")).ToHaveCountAsync(0);
        await Expect(Transcript.GetByText(texts.SendFailed)).ToHaveCountAsync(0);
        await Expect(Transcript.GetByText(texts.Retry)).ToHaveCountAsync(0);
    }

    public async Task ExpectBotSaysAsync(string text)
    {
        try
        {
            await Expect(BotBubbles.Filter(new() { HasText = text })).Not.ToHaveCountAsync(0, new() { Timeout = Timeout });
        }
        catch (PlaywrightException e)
        {
            // What the customer saw instead, so a failure on a loaded machine says which side was late.
            var shown = await Transcript.InnerTextAsync(new() { Timeout = 2_000 }).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "(unreadable)");
            var status = await Page.Locator("#status").InnerTextAsync(new() { Timeout = 2_000 }).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "");
            throw new Xunit.Sdk.XunitException($"The bot never said \"{text}\" within {Timeout / 1000} s. Page status: \"{status}\". "
                + $"Transcript:\n{shown}\nConsole errors: {string.Join(" | ", ConsoleErrors)}\n{e.Message}");
        }
    }

    public Task ExpectUserSaidAsync(string text) =>
        Expect(UserBubbles.Filter(new() { HasText = text })).ToHaveCountAsync(1, new() { Timeout = Timeout });

    public async Task ReloadAsync()
    {
        await Page.ReloadAsync();
        await ExpectConnectedAsync();
    }

    /// <summary>Clicks a language button; the page reloads in that language and reconnects.</summary>
    public async Task SwitchLanguageAsync(string locale, string expectedTitle)
    {
        await Page.ClickAsync($"[data-locale=\"{locale}\"]");
        await Expect(Title).ToHaveTextAsync(expectedTitle, new() { Timeout = Timeout });
        await ExpectConnectedAsync();
    }

    public async Task<string> ScreenshotAsync(string name)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".png");
        await Page.ScreenshotAsync(new() { Path = path });
        return path;
    }
}

/// <summary>Web Chat 4.18.1's own status strings in the page's two languages.</summary>
public sealed record WebChatTexts(string SentAt, string SendFailed, string Retry)
{
    public static readonly WebChatTexts English = new("Sent at", "Send failed", "Retry");

    public static readonly WebChatTexts Chinese = new("已于", "发送失败", "重试");
}
