using System.Text.RegularExpressions;
using AfterSalesBot.Tests.Console;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AfterSalesBot.Tests.Browser;

/// <summary>
/// The whole handoff in two browser contexts: a customer in the real Web Chat page and an agent in the console. The
/// complaint escalates, the agent signs in and takes it, messages flow both ways live, the agent hands back to the bot,
/// the bot resumes; a script payload in the customer's message is shown as text in the console and never runs.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class LiveHandoffBrowserTests(BrowserFixture browser, ConsoleServerFixture server)
    : IClassFixture<BrowserFixture>, IClassFixture<ConsoleServerFixture>
{
    private const string Payload = "<img src=x onerror=\"window.pwned=1\"><script>window.pwned=2</script>";

    [Fact]
    public async Task A_customer_and_an_agent_talk_through_the_bot_and_the_bot_takes_over_again()
    {
        await using var customerContext = await browser.NewContextAsync("en-US");
        var customer = await CustomerPage.OpenAsync(customerContext, server.Server.BaseUrl);
        await customer.SendAsync(Payload + " My printer keeps jamming");
        await customer.ExpectBotSaysAsync("Is that correct");
        await customer.SendAsync("talk to a person");
        await customer.ExpectBotSaysAsync("case AS-");
        var number = CaseNumber().Match(string.Join(" ", await customer.BotBubbles.AllInnerTextsAsync())).Value;
        Assert.NotEmpty(number);

        await using var agentContext = await browser.NewContextAsync("en-US");
        var agent = await agentContext.NewPageAsync();
        var agentErrors = new List<string>();
        agent.PageError += (_, e) => agentErrors.Add(e);
        agent.Dialog += (_, d) => agentErrors.Add("dialog: " + d.Message);
        await agent.GotoAsync(new Uri(server.Server.BaseUrl, "/console").ToString());
        await agent.GetByLabel("User name").FillAsync(ConsoleServerFixture.Agent);
        await agent.GetByLabel("Password").FillAsync(ConsoleSession.Password);
        await agent.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var row = agent.Locator($"tr[data-case=\"{number}\"]");
        await Expect(row).ToBeVisibleAsync(new() { Timeout = CustomerPage.Timeout });
        await row.GetByRole(AriaRole.Button, new() { Name = "Take" }).ClickAsync();
        await Expect(agent).ToHaveURLAsync(new Regex($"/console/case/{number}$"), new() { Timeout = CustomerPage.Timeout });
        await Expect(agent.Locator("body[data-live=\"connected\"]")).ToHaveCountAsync(1, new() { Timeout = CustomerPage.Timeout });
        await customer.ExpectBotSaysAsync("has joined the conversation");

        // The payload is text in the console: visible as typed, never run.
        await Expect(agent.Locator("#chat .line.in .text").First).ToContainTextAsync(Payload, new() { Timeout = CustomerPage.Timeout });
        Assert.Null(await agent.EvaluateAsync<int?>("() => window.pwned"));

        // Agent → customer, through the bot, marked with the agent's name.
        await agent.Locator("#chat-text").FillAsync("Hello, I am looking at your printer now.");
        await agent.Locator("#chat-send").ClickAsync();
        await Expect(agent.Locator("#chat-error")).ToHaveTextAsync("");
        await Expect(agent.Locator("#chat .line.agent")).ToHaveCountAsync(1, new() { Timeout = CustomerPage.Timeout });
        await customer.ExpectBotSaysAsync("Name of agent.li (service team): Hello, I am looking at your printer now.");

        // Customer → agent, live, while the bot stays quiet.
        await customer.SendAsync("It jams on every page");
        await Expect(agent.Locator("#chat .line.in", new() { HasText = "It jams on every page" })).ToHaveCountAsync(1, new() { Timeout = CustomerPage.Timeout });
        // Its time is written as the page writes the others: the agent's zone (the staffed-hours zone by default), named.
        await Expect(agent.Locator("#chat .line.in", new() { HasText = "It jams on every page" }).Locator("time"))
            .ToHaveTextAsync(new Regex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2} \(Asia/Shanghai, UTC\+08:00\)$"));

        // Hand back at the follow-up step: the bot speaks again without waiting for the customer.
        await agent.Locator("#handback summary").ClickAsync();
        await agent.Locator("#handback select[name=\"step\"]").SelectOptionAsync("ScheduleFollowUp");
        await agent.Locator("#handback button[type=\"submit\"]").ClickAsync();
        await Expect(agent.Locator("#case-status")).ToHaveTextAsync("With the bot", new() { Timeout = CustomerPage.Timeout });
        await customer.ExpectBotSaysAsync("passed the conversation back to me");
        await customer.ExpectBotSaysAsync($"Your matter is settled under case {number}");

        // Between the customer's message to the agent and the hand-back the bot said nothing.
        var texts = await customer.Transcript.Locator(".webchat__bubble").AllInnerTextsAsync();
        var asked = texts.ToList().FindIndex(t => t.Contains("It jams on every page", StringComparison.Ordinal));
        Assert.True(asked >= 0);
        Assert.Contains("passed the conversation back to me", texts[asked + 1]);

        Assert.Null(await agent.EvaluateAsync<int?>("() => window.pwned"));
        Assert.Empty(agentErrors);
        Assert.Empty(customer.ConsoleErrors);
        await customer.ScreenshotAsync("handoff-customer");
        await agent.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "handoff-console.png"), FullPage = true });
    }

    [GeneratedRegex(@"AS-\d{8}-\d{4}")]
    private static partial Regex CaseNumber();
}
