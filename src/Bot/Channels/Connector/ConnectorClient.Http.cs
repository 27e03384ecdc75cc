using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AfterSalesBot.Bot.Schema;

namespace AfterSalesBot.Bot.Channels.Connector;

public sealed partial class ConnectorClient
{
    private async Task<ResourceResponse?> CallAsync(HttpMethod method, Uri uri, Activity? body, bool idempotent, CancellationToken ct)
    {
        if (!ServiceUrlPolicy.IsDeliverable(new Uri(uri.GetLeftPart(UriPartial.Authority)), _options))
        {
            LogRefusedHost(_logger, uri.Host);
            // As the channel's own 403 would: parked at once, never retried.
            throw new ConnectorException($"{uri.Host} is not in Bot:AllowedServiceUrlHosts; nothing was sent.", HttpStatusCode.Forbidden);
        }
        var token = await TokenForAsync(uri, ct).ConfigureAwait(false);
        var payload = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, ActivityJson.Context.Activity);

        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, uri);
            if (payload is not null)
            {
                request.Content = new ByteArrayContent(payload);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            }
            if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (idempotent && attempt < _retry.MaxRetries && IsTransportFailure(ex, ct))
            {
                var backoff = Backoff(attempt);
                LogRetry(_logger, method.Method, null, attempt + 1, backoff);
                await Task.Delay(backoff, _time, ct).ConfigureAwait(false);
                continue;
            }

            using (response)
            {
                if (response.IsSuccessStatusCode)
                    return await ReadResourceResponseAsync(response, ct).ConfigureAwait(false);

                if (IsRetryable(response.StatusCode) && attempt < _retry.MaxRetries)
                {
                    var delay = RetryAfter(response) ?? Backoff(attempt);
                    LogRetry(_logger, method.Method, (int)response.StatusCode, attempt + 1, delay);
                    await Task.Delay(delay, _time, ct).ConfigureAwait(false);
                    continue;
                }

                throw await ToExceptionAsync(method, response, RetryAfter(response), ct).ConfigureAwait(false);
            }
        }
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

    /// <summary>Throttling (429), a lost update race (412) and gateway failures (502, 504) are worth another try.</summary>
    private static bool IsRetryable(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
            or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;

    private static bool IsTransportFailure(Exception ex, CancellationToken ct) =>
        ex is HttpRequestException || (ex is TaskCanceledException && !ct.IsCancellationRequested);

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - _time.GetUtcNow() : null);
        if (wait is null) return null;
        return wait.Value < TimeSpan.Zero ? TimeSpan.Zero : Min(wait.Value, _retry.MaxDelay);
    }

    /// <summary>Exponential with jitter, so many conversations throttled together do not retry in lockstep.</summary>
    private TimeSpan Backoff(int attempt)
    {
        var exponential = _retry.BaseDelay * Math.Pow(2, attempt);
        var jitter = _retry.BaseDelay * Random.Shared.NextDouble();
        return Min(exponential + jitter, _retry.MaxDelay);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Connector {Method} got {Status}; retry {Attempt} in {Delay}")]
    private static partial void LogRetry(ILogger logger, string method, int? status, int attempt, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Nothing sent to {Host}: it is not in Bot:AllowedServiceUrlHosts")]
    private static partial void LogRefusedHost(ILogger logger, string host);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No token sent to {Host}: it is not in Bot:AllowedServiceUrlHosts")]
    private static partial void LogTokenWithheld(ILogger logger, string host);
}
