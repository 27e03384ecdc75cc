using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AfterSalesBot.Bot.Schema;

namespace AfterSalesBot.Bot.Channels.Connector;

public sealed partial class ConnectorClient
{
    private async Task<ResourceResponse?> CallAsync(HttpMethod method, Uri uri, Activity? body, CancellationToken ct)
    {
        if (!ServiceUrlPolicy.IsDeliverable(new Uri(uri.GetLeftPart(UriPartial.Authority)), _options))
        {
            LogRefusedHost(_logger, uri.Host);
            // As the channel's own 403 would: parked at once, never retried.
            throw new ConnectorException($"{uri.Host} is not in Bot:AllowedServiceUrlHosts; nothing was sent.", HttpStatusCode.Forbidden);
        }
        var token = await TokenForAsync(uri, ct).ConfigureAwait(false);

        // One request: the client's resilience handler (ConnectorResilience) retries it, sending the same content again.
        using var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, ActivityJson.Context.Activity));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
            return await ReadResourceResponseAsync(response, ct).ConfigureAwait(false);
        throw await ToExceptionAsync(method, response, ConnectorResilience.RetryAfter(response, _time), ct).ConfigureAwait(false);
    }

    /// <summary>
    /// A token only with credentials configured and only for allow-listed hosts; in dev mode
    /// (offline-directline, self-hosted Direct Line) replies go out without one.
    /// </summary>
    private async Task<string?> TokenForAsync(Uri uri, CancellationToken ct)
    {
        if (!_options.IsAuthenticationEnabled || string.IsNullOrWhiteSpace(_options.MicrosoftAppPassword)) return null;
        if (!ServiceUrlPolicy.MayCarryToken(uri, _options.AllowedServiceUrlHosts))
        {
            LogTokenWithheld(_logger, uri.Host);
            return null;
        }
        return await _tokens.GetTokenAsync(ct).ConfigureAwait(false);
    }

    private static async Task<ResourceResponse?> ReadResourceResponseAsync(HttpResponseMessage response, CancellationToken ct)
    {
        // offline-directline answers 200 with no body; Teams returns no id for some sends.
        var json = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            return JsonSerializer.Deserialize(json, ActivityJson.Context.ResourceResponse);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<ConnectorException> ToExceptionAsync(HttpMethod method, HttpResponseMessage response, TimeSpan? retryAfter, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        return new ConnectorException(
            $"{method.Method} {response.RequestMessage?.RequestUri?.AbsolutePath} failed with {(int)response.StatusCode} {response.ReasonPhrase}.",
            response.StatusCode,
            ErrorCode(body)) { RetryAfter = retryAfter };
    }

    /// <summary>The <c>error.code</c> of a Connector error body, if it has that shape.</summary>
    private static string? ErrorCode(string body)
    {
        if (string.IsNullOrWhiteSpace(body)) return null;
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out var code)
                && code.ValueKind == JsonValueKind.String
                    ? code.GetString()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Nothing sent to {Host}: it is not in Bot:AllowedServiceUrlHosts")]
    private static partial void LogRefusedHost(ILogger logger, string host);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No token sent to {Host}: it is not in Bot:AllowedServiceUrlHosts")]
    private static partial void LogTokenWithheld(ILogger logger, string host);
}
