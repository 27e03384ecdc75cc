using AfterSalesBot.Bot.Channels;
using AfterSalesBot.Bot.Channels.Authentication;
using AfterSalesBot.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AfterSalesBot.Tests.Channels.Authentication;

public sealed class BotConnectorAuthenticatorTests(LocalOpenIdServer openId) : IClassFixture<LocalOpenIdServer>
{
    private readonly FakeTimeProvider _clock = new(TestToken.Now);

    [Fact]
    public async Task AcceptsValidTeamsChannelToken()
    {
        var result = await Authenticate(new TestToken().Header(), TeamsActivity());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.False(result.IsAnonymous);
        Assert.Equal(TestToken.TeamsServiceUrl, result.Identity?.FindFirst("serviceurl")?.Value);
    }

    [Fact]
    public async Task RejectsTokenForAnotherAudience()
    {
        var token = new TestToken { Audience = "11111111-2222-3333-4444-555555555555" };

        var result = await Authenticate(token.Header(), TeamsActivity());

        Assert.False(result.Succeeded);
        Assert.Contains("Audience", result.FailureReason);
    }

    [Fact]
    public async Task RejectsTokenFromUntrustedIssuer()
    {
        var token = new TestToken { Issuer = "https://login.attacker.example" };

        var result = await Authenticate(token.Header(), TeamsActivity());

        Assert.False(result.Succeeded);
        Assert.Contains("Untrusted issuer", result.FailureReason);
    }

    [Fact]
    public async Task RejectsChannelTokenSignedWithUnpublishedKey()
    {
        var token = new TestToken { Key = LocalOpenIdServer.UnpublishedKey };

        var result = await Authenticate(token.Header(), TeamsActivity());

        Assert.False(result.Succeeded);
        Assert.Contains("Channel token invalid", result.FailureReason);
    }

    [Fact]
    public async Task RejectsTokenExpiredBeyondFiveMinuteSkew()
    {
        var token = new TestToken { NotBefore = TestToken.Now.AddHours(-1), Expires = TestToken.Now.AddMinutes(-6) };

        var result = await Authenticate(token.Header(), TeamsActivity());

        Assert.False(result.Succeeded);
        Assert.Contains("Lifetime", result.FailureReason);
    }

    [Fact]
    public async Task AcceptsTokenExpiredWithinFiveMinuteSkew()
    {
        var token = new TestToken { NotBefore = TestToken.Now.AddHours(-1), Expires = TestToken.Now.AddMinutes(-4) };

        var result = await Authenticate(token.Header(), TeamsActivity());

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task ExpiryFollowsInjectedClockNotSystemClock()
    {
        var header = new TestToken().Header();
        _clock.Advance(TimeSpan.FromHours(2));

        var result = await Authenticate(header, TeamsActivity());

        Assert.False(result.Succeeded);
        Assert.Contains("Lifetime", result.FailureReason);
    }

    [Fact]
    public async Task RejectsTokenNotYetValidBeyondSkew()
    {
        var token = new TestToken { NotBefore = TestToken.Now.AddMinutes(10), Expires = TestToken.Now.AddHours(1) };

        var result = await Authenticate(token.Header(), TeamsActivity());

        Assert.False(result.Succeeded);
        Assert.Contains("Lifetime", result.FailureReason);
    }

    [Fact]
    public async Task RejectsServiceUrlClaimThatDiffersFromActivity()
    {
        var activity = TeamsActivity();
        activity.ServiceUrl = "https://smba.attacker.example/emea/";

        var result = await Authenticate(new TestToken().Header(), activity);

        Assert.False(result.Succeeded);
        Assert.Contains("serviceurl", result.FailureReason);
    }

    [Fact]
    public async Task RejectsChannelTokenWithoutServiceUrlClaim()
    {
        var token = new TestToken { Claims = [] };

        var result = await Authenticate(token.Header(), TeamsActivity());

        Assert.False(result.Succeeded);
        Assert.Contains("serviceurl", result.FailureReason);
    }

    [Fact]
    public async Task ComparesServiceUrlIgnoringCase()
    {
        var activity = TeamsActivity();
        activity.ServiceUrl = TestToken.TeamsServiceUrl.ToUpperInvariant();

        var result = await Authenticate(new TestToken().Header(), activity);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task RejectsKeyNotEndorsedForActivityChannel()
    {
        var token = new TestToken { Key = LocalOpenIdServer.SkypeOnlyKey };

        var result = await Authenticate(token.Header(), TeamsActivity());

        Assert.False(result.Succeeded);
        Assert.Contains("not endorsed for channel 'msteams'", result.FailureReason);
    }

    [Fact]
    public async Task AcceptsSameKeyForAnotherChannelItIsEndorsedFor()
    {
        var activity = TeamsActivity();
        activity.ChannelId = "directline";

        var result = await Authenticate(new TestToken().Header(), activity);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task AcceptsEmulatorV1TokenWhoseAppIdIsThisBot()
    {
        var result = await Authenticate(TestToken.EmulatorV1(TestToken.AppId).Header(), EmulatorActivity());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(TestToken.AppId, result.CallerAppId);
    }

    [Fact]
    public async Task RejectsEmulatorV1TokenForAnotherApp()
    {
        var result = await Authenticate(TestToken.EmulatorV1("99999999-0000-0000-0000-000000000000").Header(), EmulatorActivity());

        Assert.False(result.Succeeded);
        Assert.Contains("appid", result.FailureReason);
    }

    [Fact]
    public async Task AcceptsEmulatorV2TokenWhoseAzpIsThisBot()
    {
        var result = await Authenticate(TestToken.EmulatorV2(TestToken.AppId).Header(), EmulatorActivity());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(TestToken.AppId, result.CallerAppId);
    }

    [Fact]
    public async Task RejectsEmulatorV2TokenForAnotherApp()
    {
        var result = await Authenticate(TestToken.EmulatorV2("99999999-0000-0000-0000-000000000000").Header(), EmulatorActivity());

        Assert.False(result.Succeeded);
        Assert.Contains("azp", result.FailureReason);
    }

    [Fact]
    public async Task AcceptsEmulatorTokenFromConfiguredTenant()
    {
        var token = TestToken.EmulatorV2(TestToken.AppId, TestToken.OwnTenantId);

        var result = await Authenticate(token.Header(), EmulatorActivity());

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task RejectsEmulatorTokenFromUnlistedTenant()
    {
        var token = TestToken.EmulatorV2(TestToken.AppId, "0badc0de-0000-4000-8000-000000000000");

        var result = await Authenticate(token.Header(), EmulatorActivity());

        Assert.False(result.Succeeded);
        Assert.Contains("Untrusted issuer", result.FailureReason);
    }

    [Fact]
    public async Task LetsHeaderlessRequestInAnonymouslyWhenNoAppIdConfigured()
    {
        var result = await Authenticate(null, EmulatorActivity(), appId: "");

        Assert.True(result.Succeeded);
        Assert.True(result.IsAnonymous);
    }

    [Fact]
    public async Task RejectsRequestWithTokenWhenNoAppIdConfigured()
    {
        var result = await Authenticate(new TestToken().Header(), TeamsActivity(), appId: "");

        Assert.False(result.Succeeded);
        Assert.False(result.IsAnonymous);
    }

    [Fact]
    public async Task RejectsHeaderlessRequestWhenAppIdConfigured()
    {
        var result = await Authenticate(null, TeamsActivity());

        Assert.False(result.Succeeded);
        Assert.Contains("Missing Authorization", result.FailureReason);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer not-a-jwt")]
    public async Task RejectsAuthorizationThatIsNotABearerJwt(string header)
    {
        var result = await Authenticate(header, TeamsActivity());

        Assert.False(result.Succeeded);
        Assert.NotNull(result.FailureReason);
    }

    [Fact]
    public async Task RefusesRatherThanThrowsWhenMetadataIsUnreachable()
    {
        var authenticator = CreateAuthenticator(TestToken.AppId, channelMetadataUrl: "http://127.0.0.1:9/.well-known/openidconfiguration");

        var result = await authenticator.AuthenticateAsync(new TestToken().Header(), TeamsActivity(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("Token validation failed", result.FailureReason);
    }

    private Task<ChannelAuthenticationResult> Authenticate(string? header, Activity activity, string appId = TestToken.AppId) =>
        CreateAuthenticator(appId).AuthenticateAsync(header, activity, CancellationToken.None);

    private IChannelAuthenticator CreateAuthenticator(string appId, string? channelMetadataUrl = null)
    {
        var options = Options.Create(new BotOptions
        {
            MicrosoftAppId = appId,
            MicrosoftAppPassword = "not-used-for-inbound",
            MicrosoftAppTenantId = TestToken.OwnTenantId,
            ChannelOpenIdMetadataUrl = channelMetadataUrl ?? openId.ChannelMetadataUrl,
            EmulatorOpenIdMetadataUrl = openId.EmulatorMetadataUrl,
        });
        var httpClientFactory = new ServiceCollection().AddHttpClient().BuildServiceProvider()
            .GetRequiredService<IHttpClientFactory>();
        return new BotConnectorAuthenticator(options, httpClientFactory, _clock, NullLogger<BotConnectorAuthenticator>.Instance);
    }

    private static Activity TeamsActivity() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        ServiceUrl = TestToken.TeamsServiceUrl,
        Text = "My kettle leaks",
    };

    private static Activity EmulatorActivity() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "emulator",
        ServiceUrl = "http://127.0.0.1:3978",
        Text = "My kettle leaks",
    };
}
