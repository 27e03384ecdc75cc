using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using AfterSalesBot.Tests.Channels.Connector;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Channels.Messages;

/// <summary>
/// The doors an outside prober found open on <c>/api/messages</c> (issue 13): anonymous by default, replies to any
/// serviceUrl, and activities that could address a Direct Line customer's conversation. Each test failed before the fix.
/// </summary>
public sealed class OpenDoorsTests
{
    [Fact]
    public async Task WithNoAppIdAndNoChoiceTheEndpointIsClosed()
    {
        await using var channel = await StubConnectorServer.StartAsync();
        await using var server = await BotServer.StartNewAsync();
        using var http = server.CreateClient();

        var response = await http.PostAsync("/api/messages", Json(Message(channel.BaseAddress, "closed-" + Guid.NewGuid().ToString("N"), "hello")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bot:AllowAnonymous", await response.Content.ReadAsStringAsync());
        await Task.Delay(500);
        Assert.Empty(channel.Requests);
        Assert.Contains("/api/messages is closed", server.Output);
    }

    [Theory]
    [InlineData("http://192.0.2.77:3978/")]
    [InlineData("https://attacker.example.com/hook/")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("file:///etc/passwd")]
    public async Task AnonymousModeRefusesServiceUrlsThatAreNotLoopback(string serviceUrl)
    {
        await using var server = await BotServer.StartNewAsync(Anonymous);
        using var http = server.CreateClient();

        var response = await http.PostAsync("/api/messages", Json(Message(new Uri(serviceUrl), "ssrf-" + Guid.NewGuid().ToString("N"), "hello")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("serviceUrl", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnActivityOnApiMessagesCannotAddressADirectLineConversation()
    {
        await using var channel = await StubConnectorServer.StartAsync();
        await using var server = await BotServer.StartNewAsync(Anonymous);
        using var customer = await new DirectLineTestClient(server).StartSessionAsync();
        var first = await customer.SendTextAsync("My washing machine leaks water");
        await customer.WaitForRepliesAsync(first);

        using var http = server.CreateClient();
        var injected = Message(channel.BaseAddress, customer.ConversationId, "INJECTED by a stranger");
        injected["channelId"] = "directline";
        var response = await http.PostAsync("/api/messages", Json(injected));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var (activities, _) = await customer.GetActivitiesAsync();
        Assert.DoesNotContain(activities, a => ((string?)a!["text"])?.Contains("INJECTED", StringComparison.Ordinal) == true);
        await Task.Delay(300);
        Assert.Empty(channel.Requests);
    }

    [Fact]
    public async Task AConversationNeverChangesChannel()
    {
        await using var channel = await StubConnectorServer.StartAsync();
        await using var server = await BotServer.StartNewAsync(Anonymous);
        using var http = server.CreateClient();
        var conversation = "teams-" + Guid.NewGuid().ToString("N");

        Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync("/api/messages", Json(Message(channel.BaseAddress, conversation, "My printer jams")))).StatusCode);
        var other = Message(channel.BaseAddress, conversation, "now from the emulator");
        other["channelId"] = "emulator";
        other["id"] = "other-1";

        Assert.Equal(HttpStatusCode.Forbidden, (await http.PostAsync("/api/messages", Json(other))).StatusCode);
    }

    [Fact]
    public async Task TheConnectorNeverFollowsARedirect()
    {
        await using var elsewhere = await StubConnectorServer.StartAsync();
        await using var channel = await StubConnectorServer.StartAsync();
        channel.FailWhen(_ => true, 307, times: 100, ("Location", new Uri(elsewhere.BaseAddress, "/v3/conversations/x/activities").ToString()));
        await using var server = await BotServer.StartNewAsync(Anonymous);
        using var http = server.CreateClient();
        var conversation = "redirect-" + Guid.NewGuid().ToString("N");

        Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync("/api/messages", Json(Message(channel.BaseAddress, conversation, "My printer jams")))).StatusCode);

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (channel.Requests.IsEmpty && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.NotEmpty(channel.Requests);
        await Task.Delay(500);
        Assert.Empty(elsewhere.Requests);
    }

    [Fact]
    public async Task AnUnparseableTimestampIsA400()
    {
        await using var server = await BotServer.StartNewAsync(Anonymous);
        using var http = server.CreateClient();
        var activity = Message(new Uri("http://127.0.0.1:9/"), "ts-" + Guid.NewGuid().ToString("N"), "hello");
        activity["timestamp"] = "yesterday at noon";

        var response = await http.PostAsync("/api/messages", Json(activity));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("timestamp", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("fail:", server.Output);
    }

    [Theory]
    [InlineData("POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{\"type\":\"message\",\"text\":\"cut")]
    [InlineData("POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{\"type\"\r\n0\r\n\r\n")]
    public async Task ABrokenBodyIsA400OrAClosedConnectionNeverA500(string raw)
    {
        await using var server = await BotServer.StartNewAsync(Anonymous);

        var status = await SendRawAsync(server.BaseUrl, raw, closeAfterSend: raw.Contains("Content-Length: 400", StringComparison.Ordinal));

        Assert.True(status is null or (>= 400 and < 500), $"status {status}");
        await Task.Delay(300);
        Assert.DoesNotContain("fail:", server.Output);
        using var http = server.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task ANullAttachmentDoesNotFailTheTurn()
    {
        await using var channel = await StubConnectorServer.StartAsync();
        await using var server = await BotServer.StartNewAsync(Anonymous);
        using var http = server.CreateClient();
        var conversation = "nullatt-" + Guid.NewGuid().ToString("N");
        var activity = Message(channel.BaseAddress, conversation, "My printer jams on every page");
        activity["attachments"] = new JsonArray((JsonNode?)null);

        Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync("/api/messages", Json(activity))).StatusCode);

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (channel.Requests.Count(r => r.RawTarget.Contains(conversation, StringComparison.Ordinal)) < 2 && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        var replies = channel.Requests.Where(r => r.RawTarget.Contains(conversation, StringComparison.Ordinal)).Select(r => r.Body).ToList();
        Assert.Contains(replies, b => b.Contains("Is that correct?", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, b => b.Contains("went wrong", StringComparison.OrdinalIgnoreCase));
    }

    private static readonly Dictionary<string, string> Anonymous = new() { ["Bot__AllowAnonymous"] = "true" };

    private static JsonObject Message(Uri serviceUrl, string conversation, string text) =>
        TeamsActivities.Message(serviceUrl, conversation, "act-" + Guid.NewGuid().ToString("N")[..8], text, "user-1");

    private static StringContent Json(JsonObject activity) => new(activity.ToJsonString(), Encoding.UTF8, "application/json");

    /// <summary>Writes a hand-made request on a raw socket; the status code of the answer, or null when the server closed.</summary>
    internal static async Task<int?> SendRawAsync(Uri baseUrl, string raw, bool closeAfterSend)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(baseUrl.Host, baseUrl.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(raw));
        if (closeAfterSend) client.Client.Shutdown(SocketShutdown.Send);
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0) return null;
            var head = Encoding.ASCII.GetString(buffer, 0, read);
            return int.Parse(head.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
