using AfterSalesBot.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AfterSalesBot.Tests.Browser;

/// <summary>
/// A customer sends a photo the way Web Chat lets them: its own file input behind the paperclip. Web Chat reads the
/// file back through a <c>blob:</c> URL before it uploads it, and makes the thumbnail in a worker, so the page's
/// Content-Security-Policy decides whether the photo ever leaves the browser.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhotoUploadBrowserTests(BrowserFixture browser, BotServerFixture server)
    : IClassFixture<BrowserFixture>, IClassFixture<BotServerFixture>
{
    /// <summary>A 24 × 24 red PNG.</summary>
    private static readonly byte[] Photo = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAIAAABvFaqvAAAAH0lEQVR4nGM4oaFBFcQwatCoQaMGjRo0atCoQQNvEAC1O3Yf77TwwAAAAABJRU5ErkJggg==");

    [Theory]
    [InlineData("en-US", "I received your file “leak.png”")]
    [InlineData("zh-CN", "已收到您的文件“leak.png”")]
    public async Task APhotoAttachedThroughThePaperclipIsUploadedAcknowledgedAndShownAsAThumbnail(string locale, string acknowledgement)
    {
        await using var context = await browser.NewContextAsync(locale);
        // Every policy violation the page meets, as the browser reports it to the page.
        await context.AddInitScriptAsync("""
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
            """);
        var page = await CustomerPage.OpenAsync(context, server.Server.BaseUrl);

        await page.Page.Locator("input.webchat__upload-button--file-input")
            .SetInputFilesAsync(new FilePayload { Name = "leak.png", MimeType = "image/png", Buffer = Photo });

        // Web Chat 4.18 holds the chosen file beside the send box (the paperclip shows a check mark) until Send.
        await Expect(page.Page.Locator(".webchat__attachment-icon--checked")).ToHaveCountAsync(1, new() { Timeout = CustomerPage.Timeout });
        await page.Page.Locator("button.webchat__send-button").ClickAsync();

        await page.ExpectBotSaysAsync(acknowledgement);
        var sent = page.Transcript.Locator("article").Filter(new() { Has = page.Page.Locator(".webchat__bubble--from-user img") });
        await Expect(sent).ToHaveCountAsync(1, new() { Timeout = CustomerPage.Timeout });
        await Expect(sent.Locator(".webchat__activity-status--sending")).ToHaveCountAsync(0, new() { Timeout = CustomerPage.Timeout });
        var thumbnail = sent.Locator("img").First;
        await Expect(thumbnail).ToBeVisibleAsync(new() { Timeout = CustomerPage.Timeout });
        await page.Page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await thumbnail.ElementHandleAsync(),
            new() { Timeout = CustomerPage.Timeout });
        await page.ScreenshotAsync("webchat-photo-" + locale);
        Assert.Empty(await page.Page.EvaluateAsync<string[]>("() => window.__cspViolations"));
        Assert.Empty(page.ConsoleErrors);
    }
}
