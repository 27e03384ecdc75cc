using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AfterSalesBot.Tests.Channels.Connector;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Channels.Messages;

/// <summary>The Azure path in anonymous (no app id) mode: the bot replies to a channel stub on loopback.</summary>
public sealed class BotMessagesEndpointTests(BotMessagesEndpointTests.Host host)
    : IClassFixture<BotMessagesEndpointTests.Host>, IDisposable
{
    private const string AdminKey = "test-admin-key";
    private readonly BotServer _server = host.Server;
    private readonly StubConnectorServer _channel = host.Channel;
    private readonly HttpClient _http = host.Server.CreateClient();

    /// <summary>One host and one channel stub for the class; every test uses its own conversation id.</summary>
    public sealed class Host : IAsyncLifetime
    {
        public BotServer Server { get; private set; } = null!;
        public StubConnectorServer Channel { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Channel = await StubConnectorServer.StartAsync();
            Server = await BotServer.StartNewAsync(new Dictionary<string, string> { ["Admin__ApiKey"] = AdminKey, ["Bot__AllowAnonymous"] = "true" });
        }

        public async Task DisposeAsync()
        {
            await Server.DisposeAsync();
            await Channel.DisposeAsync();
        }
    }

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task AcknowledgesWith202AndRepliesOnTheActivitysServiceUrl()
    {
        var conversation = "conv-" + Guid.NewGuid().ToString("N");
        var response = await PostAsync(Message(conversation, "act-1", "My copier jams every page"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var replies = await WaitForRequestsAsync(conversation, 2);
        Assert.All(replies, r => Assert.Equal($"/v3/conversations/{conversation}/activities/act-1", r.RawTarget));
        var last = JsonNode.Parse(replies[^1].Body)!;
        Assert.Contains("Is that correct?", (string?)last["text"]);
        Assert.Equal("user-1", (string?)last["recipient"]!["id"]);
        Assert.Equal("bot-1", (string?)last["from"]!["id"]);
        Assert.Equal("act-1", (string?)last["replyToId"]);
        Assert.Equal("", replies[^1].Authorization); // anonymous mode sends no token
    }

    [Fact]
    public async Task ADuplicateDeliveryIsAcknowledgedButProcessedOnce()
    {
        var conversation = "conv-" + Guid.NewGuid().ToString("N");
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(Message(conversation, "dup-1", "My printer jams on every page"))).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(Message(conversation, "dup-1", "My printer jams on every page"))).StatusCode);

        await WaitForRequestsAsync(conversation, 2);
        // A second, later message proves the first turn's duplicate never produced a third reply.
        await PostAsync(Message(conversation, "after-1", "are you there?"));
        var all = await WaitForRequestsAsync(conversation, 3);
        Assert.Equal(2, all.Count(r => r.RawTarget.EndsWith("/dup-1", StringComparison.Ordinal)));
        Assert.Single(all, r => r.RawTarget.EndsWith("/after-1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"type\":\"message\",", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\":\"no type\"}", HttpStatusCode.BadRequest)]
    [InlineData("[1,2,3]", HttpStatusCode.BadRequest)]
    public async Task RejectsMalformedBodiesWith400(string body, HttpStatusCode expected)
    {
        var response = await _http.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("detail", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ATokenIsRejectedWhenNoAppIdIsConfigured()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = Json(Message("c", "a", "hi")) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.e30.");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task AnOversizedTextIsRejectedWith413()
    {
        var response = await PostAsync(Message("conv-big-" + Guid.NewGuid().ToString("N"), "big-1", new string('字', 9000)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task UnhandledInvokesAnswer501()
    {
        var invoke = Message("conv-invoke", "inv-1", null);
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        Assert.Equal(HttpStatusCode.NotImplemented, (await PostAsync(invoke)).StatusCode);
    }

    [Fact]
    public async Task HandoffStatusEventsAreAccepted()
    {
        var status = Message("conv-" + Guid.NewGuid().ToString("N"), "evt-1", null);
        status["type"] = "event";
        status["name"] = "handoff.status";
        status["value"] = new JsonObject { ["state"] = "accepted" };
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(status)).StatusCode);
    }

    [Fact]
    public async Task AProactiveMessageGoesToTheStoredReferenceWithoutReplyToId()
    {
        var conversation = "conv-" + Guid.NewGuid().ToString("N");
        await PostAsync(Message(conversation, "first", "My printer jams on every page"));
        await WaitForRequestsAsync(conversation, 2);

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/admin/conversations/{conversation}/messages")
        {
            Content = JsonContent.Create(new { text = "Your technician arrives tomorrow at 9:00.", senderName = "Li Wei" }),
        };
        request.Headers.Add("X-Api-Key", AdminKey);
        Assert.Equal(HttpStatusCode.Accepted, (await _http.SendAsync(request)).StatusCode);

        var all = await WaitForRequestsAsync(conversation, 3);
        var proactive = all.Single(r => r.RawTarget == $"/v3/conversations/{conversation}/activities");
        var body = JsonNode.Parse(proactive.Body)!;
        Assert.Equal("Your technician arrives tomorrow at 9:00.", (string?)body["text"]);
        Assert.Equal("Li Wei", (string?)body["from"]!["name"]);
        Assert.Equal("user-1", (string?)body["recipient"]!["id"]);
    }

    [Fact]
    public async Task TheProactiveEndpointRefusesAWrongKey()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/conversations/any/messages")
        {
            Content = JsonContent.Create(new { text = "hi" }),
        };
        request.Headers.Add("X-Api-Key", "wrong");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.SendAsync(request)).StatusCode);
    }

    private JsonObject Message(string conversation, string id, string? text) =>
        TeamsActivities.Message(_channel.BaseAddress, conversation, id, text, "user-1");

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) => _http.PostAsync("/api/messages", Json(activity));

    private static StringContent Json(JsonObject activity) => new(activity.ToJsonString(), Encoding.UTF8, "application/json");

    private async Task<List<RecordedRequest>> WaitForRequestsAsync(string conversation, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var seen = _channel.Requests.Where(r => r.RawTarget.Contains(conversation, StringComparison.Ordinal)).ToList();
            if (seen.Count >= count) return seen;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Saw {seen.Count} of {count} requests for {conversation}.\n{_server.Output}");
            await Task.Delay(50);
        }
    }
}
