using System.Collections.Concurrent;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace AfterSalesBot.Bot.Channels.Authentication;

/// <summary>
/// Signing keys and endorsements behind one OpenID metadata URL, each cached by a
/// <see cref="ConfigurationManager{T}"/> that refreshes on its own well within a day (R1 asks
/// for at least daily, because the Bot Framework rolls its keys).
/// </summary>
internal sealed class OpenIdMetadata
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(12);

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _configuration;
    private readonly ConfigurationManager<JwksEndorsements> _endorsements;

    public OpenIdMetadata(string metadataUrl, IHttpClientFactory httpClientFactory)
    {
        var retriever = new HttpClientDocumentRetriever(httpClientFactory, HttpClientDocumentRetriever.RequiresHttps(metadataUrl));
        _configuration = new ConfigurationManager<OpenIdConnectConfiguration>(
            metadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = RefreshInterval,
        };
        _endorsements = new ConfigurationManager<JwksEndorsements>(
            metadataUrl, new JwksEndorsementsRetriever(), retriever)
        {
            AutomaticRefreshInterval = RefreshInterval,
        };
    }

    public Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken ct) =>
        _configuration.GetConfigurationAsync(ct);

    public Task<JwksEndorsements> GetEndorsementsAsync(CancellationToken ct) =>
        _endorsements.GetConfigurationAsync(ct);

    /// <summary>Asks both caches to refetch soon, after a token named a key they do not know (key rollover).</summary>
    public void RequestRefresh()
    {
        _configuration.RequestRefresh();
        _endorsements.RequestRefresh();
    }
}

/// <summary>One <see cref="OpenIdMetadata"/> per URL for the life of the process.</summary>
internal sealed class OpenIdMetadataCache(IHttpClientFactory httpClientFactory)
{
    private readonly ConcurrentDictionary<string, OpenIdMetadata> _byUrl = new(StringComparer.OrdinalIgnoreCase);

    public OpenIdMetadata Get(string metadataUrl) =>
        _byUrl.GetOrAdd(metadataUrl, url => new OpenIdMetadata(url, httpClientFactory));
}
