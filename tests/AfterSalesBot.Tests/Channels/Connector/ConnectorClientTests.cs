using System.Net;
using System.Text.Json;
using AfterSalesBot.Bot.Channels;
using AfterSalesBot.Bot.Channels.Connector;
using AfterSalesBot.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;

namespace AfterSalesBot.Tests.Channels.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string AppId = "8a3c1f2e-0d4b-4c59-9e61-5b7f0a2d9c11";
    private const string TeamsChannelThread = "19:c7a1f0e2b4d84a3f@thread.tacv2;messageid=1709370930123";
    private const string EscapedTeamsChannelThread = "19%3Ac7a1f0e2b4d84a3f%40thread.tacv2%3Bmessageid%3D1709370930123";
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    private readonly FakeConnectorTokenProvider _tokens = new();
    private readonly InstantDelayTimeProvider _clock = new(Now);
    private StubConnectorServer _stub = null!;

    public async Task InitializeAsync() => _stub = await StubConnectorServer.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    [Fact]
    public async Task RepliesIntoTeamsThreadWithEscapedIds()
    {
        var reply = Message(TeamsChannelThread, serviceUrl: _stub.BaseAddress + "amer");
        reply.ReplyToId = "1709370930123";

        var response = await Client().SendAsync(reply, CancellationToken.None);

        var request = Assert.Single(_stub.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/amer/v3/conversations/{EscapedTeamsChannelThread}/activities/1709370930123", request.RawTarget);
        Assert.Equal(StubConnectorServer.DefaultResponseId, response?.Id);
    }

    [Fact]
    public async Task SendsNewMessageToConversationWhenNotAReply()
    {
        await Client().SendAsync(Message("a:1XyZpersonalChat"), CancellationToken.None);

        var request = Assert.Single(_stub.Requests);
        Assert.Equal("/v3/conversations/a%3A1XyZpersonalChat/activities", request.RawTarget);
    }

    [Fact]
    public async Task LeavesChannelAssignedFieldsOutOfTheBody()
    {
        var activity = Message("a:1XyZpersonalChat");
        activity.Id = "local-id";
        activity.Timestamp = Now;

        await Client().SendAsync(activity, CancellationToken.None);

        using var body = JsonDocument.Parse(Assert.Single(_stub.Requests).Body);
        Assert.False(body.RootElement.TryGetProperty("id", out _));
        Assert.False(body.RootElement.TryGetProperty("timestamp", out _));
        Assert.False(body.RootElement.TryGetProperty("serviceUrl", out _));
        Assert.Equal("Your repair is booked.", body.RootElement.GetProperty("text").GetString());
        Assert.Equal("local-id", activity.Id);
    }

    [Fact]
    public async Task UpdatesMessageByEscapedIdWithPut()
    {
        var card = Message("directline-conv-1");
        card.Id = "abc123|0000";

        await Client().UpdateAsync(card, CancellationToken.None);

        var request = Assert.Single(_stub.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/v3/conversations/directline-conv-1/activities/abc123%7C0000", request.RawTarget);
        Assert.DoesNotContain("abc123", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletesMessageInStoredConversation()
    {
        await Client().DeleteAsync(Reference(TeamsChannelThread), "1709371000456", CancellationToken.None);

        var request = Assert.Single(_stub.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedTeamsChannelThread}/activities/1709371000456", request.RawTarget);
    }

    [Fact]
    public async Task ProactiveMessageTakesRoutingFromReference()
    {
        var followUp = new Activity { Type = ActivityTypes.Message, Text = "Did the technician fix it?" };

        await Client().SendProactiveAsync(Reference("a:1XyZpersonalChat"), followUp, CancellationToken.None);

        var request = Assert.Single(_stub.Requests);
        Assert.Equal("/v3/conversations/a%3A1XyZpersonalChat/activities", request.RawTarget);
        var sent = ActivityJson.Deserialize(request.Body)!;
        Assert.Equal("28:" + AppId, sent.From?.Id);
        Assert.Equal("29:1AbCdEfUser", sent.Recipient?.Id);
        Assert.Equal("a:1XyZpersonalChat", sent.Conversation?.Id);
        Assert.Equal("msteams", sent.ChannelId);
        Assert.Equal("Did the technician fix it?", sent.Text);
    }

    [Fact]
    public async Task SendsTokenToAllowListedHost()
    {
        await Client(allowedHosts: ["127.0.0.1"]).SendAsync(Message("conv-1"), CancellationToken.None);

        Assert.Equal("Bearer " + FakeConnectorTokenProvider.Token, Assert.Single(_stub.Requests).Authorization);
    }

    [Fact]
    public async Task SendsNothingAndNoTokenToHostNotOnAllowList()
    {
        // Since the serviceUrl policy (ServiceUrlPolicy.IsDeliverable) an unlisted host gets no call at all, let alone a token.
        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client(allowedHosts: ["botframework.com", "smba.trafficmanager.net"]).SendAsync(Message("conv-1"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Contains("not in Bot:AllowedServiceUrlHosts", error.Message);
        Assert.Empty(_stub.Requests);
        Assert.Equal(0, _tokens.Requests);
    }

    [Fact]
    public async Task SendsNoTokenInAnonymousMode()
    {
        await Client(allowedHosts: ["127.0.0.1"], appId: "").SendAsync(Message("conv-1"), CancellationToken.None);

        Assert.Equal("", Assert.Single(_stub.Requests).Authorization);
        Assert.Equal(0, _tokens.Requests);
    }

    [Fact]
    public async Task RetriesThrottledSendAfterRetryAfterSeconds()
    {
        _stub.ThenRespond(429, headers: ("Retry-After", "2"));

        var response = await Client().SendAsync(Message("conv-1"), CancellationToken.None);

        Assert.Equal(2, _stub.Requests.Count);
        Assert.Equal(StubConnectorServer.DefaultResponseId, response?.Id);
        Assert.Equal([TimeSpan.FromSeconds(2)], _clock.RequestedDelays);
    }

    [Fact]
    public async Task RetriesThrottledSendAtRetryAfterDate()
    {
        _stub.ThenRespond(429, headers: ("Retry-After", Now.AddSeconds(7).ToString("R")));

        await Client().SendAsync(Message("conv-1"), CancellationToken.None);

        Assert.Equal(2, _stub.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(7)], _clock.RequestedDelays);
    }

    [Fact]
    public async Task CapsExcessiveRetryAfter()
    {
        _stub.ThenRespond(429, headers: ("Retry-After", "86400"));

        await Client().SendAsync(Message("conv-1"), CancellationToken.None);

        Assert.Equal([MaxDelay], _clock.RequestedDelays);
    }

    [Fact]
    public async Task BacksOffExponentiallyOnGatewayErrors()
    {
        _stub.ThenRespond(502).ThenRespond(504).ThenRespond(412);

        var response = await Client().SendAsync(Message("conv-1"), CancellationToken.None);

        Assert.Equal(StubConnectorServer.DefaultResponseId, response?.Id);
        Assert.Equal(4, _stub.Requests.Count);
        var delays = _clock.RequestedDelays.ToArray();
        Assert.Equal(3, delays.Length);
        for (var i = 0; i < delays.Length; i++)
        {
            var floor = BaseDelay * Math.Pow(2, i);
            Assert.InRange(delays[i], floor, floor + BaseDelay);
        }
    }

    [Fact]
    public async Task GivesUpAfterThreeRetries()
    {
        _stub.ThenRespond(502).ThenRespond(502).ThenRespond(502).ThenRespond(502);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendAsync(Message("conv-1"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Equal(4, _stub.Requests.Count);
    }

    [Fact]
    public async Task DoesNotRetryWhenUserBlockedTheBot()
    {
        _stub.ThenRespond(403, """{"error":{"code":"MessageWritesBlocked","message":"Thread is blocked"}}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendAsync(Message("conv-1"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("MessageWritesBlocked", error.ErrorCode);
        Assert.Single(_stub.Requests);
        Assert.Empty(_clock.RequestedDelays);
    }

    [Fact]
    public async Task DoesNotRetryOtherClientErrors()
    {
        _stub.ThenRespond(404, """{"error":{"code":"ConversationNotFound","message":"gone"}}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendAsync(Message("conv-1"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Single(_stub.Requests);
    }

    [Fact]
    public async Task ToleratesEmptyOkBody()
    {
        _stub.ThenRespond(200);

        var response = await Client().SendAsync(Message("conv-1"), CancellationToken.None);

        Assert.Null(response);
        Assert.Single(_stub.Requests);
    }

    [Fact]
    public async Task RetriesIdempotentDeleteWhenConnectionFails()
    {
        var unreachable = Reference("conv-1", serviceUrl: "http://127.0.0.1:9/");

        await Assert.ThrowsAsync<HttpRequestException>(() => Client().DeleteAsync(unreachable, "activity-1", CancellationToken.None));

        Assert.Equal(3, _clock.RequestedDelays.Count);
    }

    [Fact]
    public async Task DoesNotRepeatPostWhenConnectionFails()
    {
        var unreachable = Message("conv-1", serviceUrl: "http://127.0.0.1:9/");

        await Assert.ThrowsAsync<HttpRequestException>(() => Client().SendAsync(unreachable, CancellationToken.None));

        Assert.Empty(_clock.RequestedDelays);
    }

    [Fact]
    public async Task RejectsServiceUrlThatIsNotHttp()
    {
        var activity = Message("conv-1", serviceUrl: "file:///etc/passwd");

        await Assert.ThrowsAsync<ArgumentException>(() => Client().SendAsync(activity, CancellationToken.None));

        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task TheRegisteredClientRetriesThrottledSendsOnTheInjectedClock()
    {
        _stub.ThenRespond(429, headers: ("Retry-After", "2")).ThenRespond(502);
        await using var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(_clock)
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Bot:AllowedServiceUrlHosts:0"] = "127.0.0.1",
            }).Build())
            .AddLogging()
            .AddBotConnector()
            .BuildServiceProvider();

        var response = await services.GetRequiredService<IConnectorClient>().SendAsync(Message("conv-1"), CancellationToken.None);

        Assert.Equal(StubConnectorServer.DefaultResponseId, response?.Id);
        Assert.Equal(3, _stub.Requests.Count);
        // The production backoff: the 2 s asked for, then 2 s (doubled from 1 s) plus up to 1 s of jitter.
        var delays = _clock.RequestedDelays.ToArray();
        Assert.Equal(2, delays.Length);
        Assert.Equal(TimeSpan.FromSeconds(2), delays[0]);
        Assert.InRange(delays[1], TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task TheChannelsRetryAfterReachesTheCallerUncappedWhenTheRetriesRunOut()
    {
        for (var i = 0; i < 4; i++) _stub.ThenRespond(429, headers: ("Retry-After", "600"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendAsync(Message("conv-1"), CancellationToken.None));

        // The client's own waits stop at its MaxDelay; the outbox, which waits longer, is told what the channel asked.
        Assert.Equal([MaxDelay, MaxDelay, MaxDelay], _clock.RequestedDelays);
        Assert.Equal(TimeSpan.FromMinutes(10), error.RetryAfter);
    }

    private ConnectorClient Client(string[]? allowedHosts = null, string appId = AppId) => new(
        new HttpClient(new ResilienceHandler(ConnectorResilience.Configure(
            new ResiliencePipelineBuilder<HttpResponseMessage>(),
            new ConnectorRetryOptions { BaseDelay = BaseDelay, MaxDelay = MaxDelay },
            _clock).Build())
        {
            InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false },
        }),
        Options.Create(new BotOptions
        {
            MicrosoftAppId = appId,
            MicrosoftAppPassword = "not-a-real-secret",
            AllowedServiceUrlHosts = allowedHosts ?? ["127.0.0.1"],
        }),
        _tokens,
        _clock,
        NullLogger<ConnectorClient>.Instance);

    private Activity Message(string conversationId, string? serviceUrl = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        ServiceUrl = serviceUrl ?? _stub.BaseAddress.AbsoluteUri,
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = "28:" + AppId, Name = "AfterSalesBot", Role = RoleTypes.Bot },
        Recipient = new ChannelAccount { Id = "29:1AbCdEfUser", Name = "Megan Bowen", Role = RoleTypes.User },
        Text = "Your repair is booked.",
    };

    private ConversationReference Reference(string conversationId, string? serviceUrl = null) => new()
    {
        ActivityId = "1709370930123",
        ChannelId = "msteams",
        ServiceUrl = serviceUrl ?? _stub.BaseAddress.AbsoluteUri,
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal" },
        Bot = new ChannelAccount { Id = "28:" + AppId, Name = "AfterSalesBot" },
        User = new ChannelAccount { Id = "29:1AbCdEfUser", Name = "Megan Bowen" },
        Locale = "en-US",
    };
}
