using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AfterSalesBot.Tests.Channels.Authentication;
using AfterSalesBot.Tests.Channels.Connector;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Channels.Messages;

/// <summary>
/// The real host with an app id configured: only validated Bot Connector tokens get in. Signing keys come
/// from a local OpenID metadata/JWKS server standing in for login.botframework.com.
/// </summary>
public sealed class AuthenticatedBotMessagesTests(AuthenticatedBotMessagesTests.Host host)
    : IClassFixture<AuthenticatedBotMessagesTests.Host>
{
    public sealed class Host : IAsyncLifetime
    {
        public LocalOpenIdServer Identity { get; } = new();
        public StubConnectorServer Channel { get; private set; } = null!;
        public BotServer Server { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await Identity.InitializeAsync();
            Channel = await StubConnectorServer.StartAsync();
            Server = await BotServer.StartNewAsync(new Dictionary<string, string>
            {
                ["Bot__MicrosoftAppId"] = TestToken.AppId,
                ["Bot__MicrosoftAppPassword"] = "not-a-real-secret",
                ["Bot__MicrosoftAppTenantId"] = TestToken.OwnTenantId,
                ["Bot__ChannelOpenIdMetadataUrl"] = Identity.ChannelMetadataUrl,
                ["Bot__EmulatorOpenIdMetadataUrl"] = Identity.EmulatorMetadataUrl,
                // The stub channel runs on loopback: listed on purpose, as an operator would list a real channel host.
                ["Bot__AllowedServiceUrlHosts__0"] = "127.0.0.1",
            });
        }

        public async Task DisposeAsync()
        {
            await Server.DisposeAsync();
            await Channel.DisposeAsync();
            await Identity.DisposeAsync();
        }
    }

    /// <summary>The reply to a listed channel host carries the bot's own Entra token. Entra cannot be reached from this
    /// machine (and has no loopback fake: MSAL insists on its HTTPS authority), so the proof is the reply's first try:
    /// it asked Entra for that token, which is what a reply to an unlisted host never does.</summary>
    [Fact]
    public async Task AValidChannelTokenIsAcceptedAndTheReplyAsksEntraForTheBotsToken()
    {
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        var response = await PostAsync(Message(conversation), Token(host.Channel.BaseAddress.ToString()).Header());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!host.Server.Output.Split('\n').Any(l => l.Contains(conversation, StringComparison.Ordinal) && l.Contains("refused", StringComparison.Ordinal))
               && !host.Channel.Requests.Any(r => r.RawTarget.Contains(Uri.EscapeDataString(conversation), StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, "no reply was attempted\n" + host.Server.Output);
            await Task.Delay(50);
        }
        var attempt = host.Server.Output[host.Server.Output.IndexOf(conversation, StringComparison.Ordinal)..];
        Assert.Contains("login.microsoftonline.com", attempt[..Math.Min(attempt.Length, 400)]);
    }

    [Fact]
    public async Task NoTokenIs401()
    {
        var response = await PostAsync(Message("a:none"), authorization: null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ATokenForAnotherServiceUrlIs401()
    {
        var response = await PostAsync(Message("a:elsewhere"), Token("https://smba.trafficmanager.net/apac/").Header());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AnExpiredTokenIs401()
    {
        var expired = Token(host.Channel.BaseAddress.ToString()) with
        {
            NotBefore = DateTimeOffset.UtcNow.AddHours(-2),
            Expires = DateTimeOffset.UtcNow.AddMinutes(-10),
        };
        var response = await PostAsync(Message("a:expired"), expired.Header());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static TestToken Token(string serviceUrl) => new()
    {
        NotBefore = DateTimeOffset.UtcNow.AddMinutes(-5),
        Expires = DateTimeOffset.UtcNow.AddMinutes(55),
        Claims = new() { ["serviceurl"] = serviceUrl },
    };

    private JsonObject Message(string conversation) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = host.Channel.BaseAddress.ToString(),
        ["from"] = new JsonObject { ["id"] = "29:user", ["name"] = "Chen" },
        ["recipient"] = new JsonObject { ["id"] = "28:" + TestToken.AppId, ["name"] = "AfterSalesBot" },
        ["conversation"] = new JsonObject { ["id"] = conversation, ["conversationType"] = "personal", ["tenantId"] = TestToken.OwnTenantId },
        ["text"] = "The printer jams",
    };

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? authorization)
    {
        using var http = host.Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await http.SendAsync(request);
    }
}
