namespace AfterSalesBot.Bot.Language;

/// <summary>
/// Speaks Azure OpenAI's deployment route over the OpenAI client: adds <c>api-version</c> to the query and sends the
/// key as <c>api-key</c> instead of a bearer token (the client already addresses /openai/deployments/NAME/chat/completions).
/// </summary>
internal sealed class AzureDeploymentRoute(string apiVersion) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri)
        {
            var query = uri.Query.Length > 1 ? uri.Query[1..] + "&" : "";
            request.RequestUri = new UriBuilder(uri) { Query = query + "api-version=" + Uri.EscapeDataString(apiVersion) }.Uri;
        }
        if (request.Headers.Authorization is { Scheme: "Bearer", Parameter: { } key })
        {
            request.Headers.Authorization = null;
            request.Headers.Add("api-key", key);
        }
        return base.SendAsync(request, cancellationToken);
    }
}

/// <summary>For servers that take no key (a local Ollama): the client insists on one, so none is sent.</summary>
internal sealed class NoKeyRoute : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = null;
        return base.SendAsync(request, cancellationToken);
    }
}
