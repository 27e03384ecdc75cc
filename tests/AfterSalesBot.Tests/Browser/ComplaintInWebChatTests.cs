using AfterSalesBot.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AfterSalesBot.Tests.Browser;

/// <summary>
/// A customer completes a whole complaint in the real Web Chat page: tells the story, taps the suggested actions,
/// fills in the Adaptive Card (text, date, multi-select, choice, phone), and agrees to the remedy.
/// The host imported the demo knowledge on its first start, so demo serials are real purchases.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ComplaintInWebChatTests(BrowserFixture browser, BotServerFixture server)
    : IClassFixture<BrowserFixture>, IClassFixture<BotServerFixture>
{
    private const string InWarrantySerial = "JQ525091280";

    [Fact]
    public async Task ACustomerCompletesAComplaintWithTheCardAndGetsACaseNumber()
    {
        await using var context = await browser.NewContextAsync("en-US");
        var page = await CustomerPage.OpenAsync(context, server.Server.BaseUrl);

        await page.SendAsync("My Q5 gas stove won't light since yesterday");
        // Sent first (the server echoed it), so a slow reply and a lost send fail differently.
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
        await page.ScreenshotAsync("complaint-en");
        Assert.Empty(page.ConsoleErrors);
    }

    /// <summary>Suggested actions are buttons under the transcript; tapping one sends its title.</summary>
    private static async Task TapAsync(CustomerPage page, string title)
    {
        var button = page.Page.Locator(".webchat__suggested-actions").GetByRole(AriaRole.Button, new() { Name = title });
        await Expect(button).ToBeVisibleAsync(new() { Timeout = CustomerPage.Timeout });
        await button.ClickAsync();
    }
}
