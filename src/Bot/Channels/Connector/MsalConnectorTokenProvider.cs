using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace AfterSalesBot.Bot.Channels.Connector;

/// <summary>
/// Client-credentials tokens from Entra through MSAL, which caches them in the application
/// instance, so this is a singleton. Only asked when an app id and secret are configured.
/// </summary>
public sealed class MsalConnectorTokenProvider : IConnectorTokenProvider
{
    public const string HttpClientName = "BotConnectorToken";
    private const string Scope = "https://api.botframework.com/.default";

    private readonly Lazy<IConfidentialClientApplication> _application;

    public MsalConnectorTokenProvider(IOptions<BotOptions> options, IHttpClientFactory httpClientFactory)
    {
        var bot = options.Value;
        _application = new Lazy<IConfidentialClientApplication>(() => Build(bot, httpClientFactory));
    }

    public async Task<string> GetTokenAsync(CancellationToken ct)
    {
        var result = await _application.Value
            .AcquireTokenForClient([Scope])
            .ExecuteAsync(ct)
            .ConfigureAwait(false);
        return result.AccessToken;
    }

    private static IConfidentialClientApplication Build(BotOptions bot, IHttpClientFactory httpClientFactory)
    {
        if (!bot.IsAuthenticationEnabled || string.IsNullOrWhiteSpace(bot.MicrosoftAppPassword))
            throw new InvalidOperationException("Connector tokens need Bot:MicrosoftAppId and Bot:MicrosoftAppPassword.");

        // Single-tenant bots must use their own tenant; "botframework.com" is the legacy multi-tenant
        // authority, and the wrong one fails with AADSTS700016.
        var tenant = string.IsNullOrWhiteSpace(bot.MicrosoftAppTenantId) ? "botframework.com" : bot.MicrosoftAppTenantId.Trim();
        return ConfidentialClientApplicationBuilder.Create(bot.MicrosoftAppId)
            .WithClientSecret(bot.MicrosoftAppPassword)
            .WithAuthority($"https://login.microsoftonline.com/{tenant}")
            .WithHttpClientFactory(new MsalHttpClientFactory(httpClientFactory))
            .Build();
    }

    /// <summary>Lets MSAL's token calls go through the host's named, configurable HttpClient.</summary>
    private sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => httpClientFactory.CreateClient(HttpClientName);
    }
}
