using Microsoft.IdentityModel.Protocols;

namespace AfterSalesBot.Bot.Channels.Authentication;

/// <summary>
/// Fetches OpenID metadata and key sets through a named <see cref="HttpClient"/> from the factory,
/// asking for a fresh client per fetch so handler rotation (DNS changes) still applies to the
/// long-lived configuration managers.
/// </summary>
internal sealed class HttpClientDocumentRetriever(IHttpClientFactory httpClientFactory, bool requireHttps) : IDocumentRetriever
{
    public const string HttpClientName = "BotOpenIdMetadata";

    public Task<string> GetDocumentAsync(string address, CancellationToken cancel) =>
        new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName)) { RequireHttps = requireHttps }
            .GetDocumentAsync(address, cancel);

    /// <summary>
    /// Plain http is only tolerated for a metadata URL on loopback, which is what tests and a local
    /// key server use; a production URL over http would let anyone on the path forge keys.
    /// </summary>
    public static bool RequiresHttps(string metadataUrl) =>
        !(Uri.TryCreate(metadataUrl, UriKind.Absolute, out var uri)
          && uri.Scheme == Uri.UriSchemeHttp
          && uri.IsLoopback);
}
