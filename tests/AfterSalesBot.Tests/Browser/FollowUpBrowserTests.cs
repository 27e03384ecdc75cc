using System.Text.RegularExpressions;
using AfterSalesBot.Escalation.Staff;
using AfterSalesBot.Tests.Console;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AfterSalesBot.Tests.Browser;

/// <summary>The host with a follow-up delay of seconds (configuration, not a test hook) and a supervisor account.</summary>
public sealed class FollowUpServerFixture : IAsyncLifetime
{
    public const string Supervisor = "sup.follow";

    public BotServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await BotServer.StartNewAsync(new Dictionary<string, string>
        {
            ["FollowUp__DelayHours"] = "0.0005", // 1.8 seconds after the action is done
            ["FollowUp__CheckInterval"] = "00:00:01",
        });
        await ConsoleSession.CreateAccountAsync(Server, Supervisor, StaffRoles.Agent, StaffRoles.Supervisor);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>
/// The follow-up end to end: a customer agrees a repair in the real Web Chat page and closes it; staff mark the action
/// done; the scheduler sends the follow-up while the page is closed; the customer opens the page again, finds the
/// history and the question, says it is solved and rates the service on the survey card; the dashboard shows the rating.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class FollowUpBrowserTests(BrowserFixture browser, FollowUpServerFixture server)
    : IClassFixture<BrowserFixture>, IClassFixture<FollowUpServerFixture>
{
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = new() { Timeout = CustomerPage.Timeout };

    [Fact]
    public async Task A_returning_customer_answers_the_follow_up_and_the_survey_and_the_dashboard_shows_the_rating()
    {
        await using var customerContext = await browser.NewContextAsync("en-US");
        var customer = await CustomerPage.OpenAsync(customerContext, server.Server.BaseUrl);
        var conversation = await customer.ConversationIdAsync();
        foreach (var (say, expect) in ConsoleCustomer.RepairAgreed)
        {
            await customer.SendAsync(say);
            await customer.ExpectBotSaysAsync(expect);
        }
        var number = CaseNumber().Match(string.Join(" ", await customer.BotBubbles.AllInnerTextsAsync())).Value;
        Assert.NotEmpty(number);
        await customer.Page.CloseAsync();

        // Staff record that the technician repaired it; the follow-up is due seconds later and goes out while the page is closed.
        await using var staffContext = await browser.NewContextAsync("en-US");
        var staff = await staffContext.NewPageAsync();
        await staff.GotoAsync(new Uri(server.Server.BaseUrl, "/console").ToString());
        await staff.GetByLabel("User name").FillAsync(FollowUpServerFixture.Supervisor);
        await staff.GetByLabel("Password").FillAsync(ConsoleSession.Password);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(staff).ToHaveURLAsync(new Regex("/console/?$"), new() { Timeout = CustomerPage.Timeout });
        await staff.GotoAsync(new Uri(server.Server.BaseUrl, "/console/case/" + number).ToString());
        await staff.GetByRole(AriaRole.Button, new() { Name = "Action done" }).ClickAsync();
        await Expect(staff.Locator("#case-status")).ToHaveTextAsync(new Regex("Resolved"), new() { Timeout = CustomerPage.Timeout });
        await WaitForAsync(staff, number, "#follow-ups tr[data-follow-up=\"Sent\"]");

        // The customer comes back: the same conversation, its history, and the question.
        var returned = await CustomerPage.OpenAsync(customerContext, server.Server.BaseUrl);
        Assert.Equal(conversation, await returned.ConversationIdAsync());
        await returned.ExpectBotSaysAsync("recorded our agreement under case " + number);
        await returned.ExpectBotSaysAsync($"Hello again about case {number}: the agreed service has been carried out. Has the problem been solved?");
        var solved = returned.Page.Locator(".webchat__suggested-actions").GetByRole(AriaRole.Button, new() { Name = "Yes, solved" });
        await Expect(solved).ToBeVisibleAsync(Visible);
        await solved.ClickAsync();
        await returned.ExpectBotSaysAsync("How satisfied are you with our service");

        var card = returned.Transcript.Locator(".ac-adaptiveCard").Last;
        await Expect(card).ToBeVisibleAsync(Visible);
        await card.GetByLabel("4 - Satisfied").CheckAsync();
        await card.GetByLabel("Comment (optional)").FillAsync("Quick and friendly technician");
        await card.GetByRole(AriaRole.Button, new() { Name = "Send rating" }).ClickAsync();
        await returned.ExpectBotSaysAsync($"Thank you for rating us 4 out of 5. Case {number} is now closed.");
        Assert.Empty(returned.ConsoleErrors);

        // The supervisor sees the case closed with the rating, and the rating on the dashboard.
        await staff.GotoAsync(new Uri(server.Server.BaseUrl, "/console/case/" + number).ToString());
        await Expect(staff.Locator("#follow-ups .follow-up-result[data-outcome=\"Solved\"]")).ToContainTextAsync("rated 4/5");
        await Expect(staff.Locator("#follow-ups")).ToContainTextAsync("Quick and friendly technician");
        await staff.GotoAsync(new Uri(server.Server.BaseUrl, "/console/supervisor/kpis?days=7").ToString());
        await Expect(staff.Locator("#satisfaction-average .value")).ToHaveTextAsync("4.0");
        await Expect(staff.Locator("#satisfaction-chart svg")).ToBeVisibleAsync(Visible);
        await returned.ScreenshotAsync("follow-up-en");
    }

    /// <summary>Reloads the case page until the selector appears (the scheduler runs every second).</summary>
    private async Task WaitForAsync(IPage staff, string number, string selector)
    {
        for (var i = 0; i < 40; i++)
        {
            if (await staff.Locator(selector).CountAsync() > 0) return;
            await Task.Delay(500);
            await staff.GotoAsync(new Uri(server.Server.BaseUrl, "/console/case/" + number).ToString());
        }
        Assert.Fail($"{selector} did not appear on the case page of {number}.");
    }

    [GeneratedRegex(@"AS-\d{8}-\d{4}")]
    private static partial Regex CaseNumber();
}
