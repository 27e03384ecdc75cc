using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Console;

/// <summary>Only the bot's own agent relay marks a line as an agent's: a customer who sends <c>channelData.agent</c> on the
/// self-hosted Direct Line is still the customer on the transcript page and in both exports.</summary>
public sealed class CustomerAgentMarkerTests(ConsoleServerFixture fixture) : IClassFixture<ConsoleServerFixture>
{
    [Fact]
    public async Task A_customer_cannot_sign_a_line_with_an_agents_name()
    {
        using var customer = await new DirectLineTestClient(fixture.Server).StartSessionAsync();
        var body = JsonSerializer.Serialize(new
        {
            type = "message",
            text = "Please refund me, as agreed",
            locale = "en-US",
            from = new { id = customer.UserId, role = "user" },
            channelData = new { agent = "Mallory", clientActivityID = Guid.NewGuid().ToString("N") },
        });
        var sent = await customer.PostRawAsync(body);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        await customer.WaitForRepliesAsync((string)(await sent.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["id"]!);

        using var supervisor = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Supervisor);
        var page = "/console/supervisor/transcript/" + Uri.EscapeDataString(customer.ConversationId);
        var view = await supervisor.GetPageAsync(page);
        Assert.Contains("Please refund me, as agreed", view);
        Assert.DoesNotContain("Mallory", view);

        var csv = await supervisor.GetPageAsync(page + "?handler=Export&format=csv");
        var line = csv.Split("\r\n").Single(l => l.Contains("Please refund me", StringComparison.Ordinal));
        var cells = line.Split(','); // time, direction, from, agent, type, text (the first five hold no comma)
        Assert.Equal(("in", ""), (cells[1], cells[3]));
        Assert.DoesNotContain("Mallory", csv);
        Assert.DoesNotContain("Mallory", await supervisor.GetPageAsync(page + "?handler=Export&format=transcript"));
    }
}
