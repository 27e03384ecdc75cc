using System.Net;
using AfterSalesBot.Escalation.Retries;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace AfterSalesBot.Bot.Channels.Connector;

/// <summary>
/// The connector client's resilience handler (ADR 0021): Polly's retry, waiting the solution's one backoff
/// (<see cref="RetryBackoff"/>) on the injected clock, around a timeout for each attempt.
/// </summary>
internal static class ConnectorResilience
{
    public const string Name = "connector";

    public static ResiliencePipelineBuilder<HttpResponseMessage> Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> builder, ConnectorRetryOptions retry, TimeProvider time)
    {
        // The waits between attempts run on the injected clock, so tests assert them as values.
        builder.TimeProvider = time;
        builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = retry.MaxRetries,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(RetryBackoff.Delay(
                args.AttemptNumber + 1, retry.BaseDelay, retry.MaxDelay,
                args.Outcome.Result is { } response ? RetryAfter(response, time) : null,
                jitter: Random.Shared.NextDouble())),
        });
        // A hung socket is a real-time matter, as HttpClient.Timeout was: a test clock that never moves must not hold a
        // request forever, and one moved by hours must not cut off a request in flight.
        builder.AddPipeline(new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = TimeProvider.System }
            .AddTimeout(retry.AttemptTimeout).Build());
        return builder;
    }

    /// <summary>How long the channel asked us to wait (Retry-After, seconds or a date), if it said; never negative.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    /// <summary>Throttling (429), a lost update race (412) and gateway failures (502, 504) are worth another try; a
    /// connection that failed or timed out only for PUT and DELETE, since a POST whose answer was lost may have posted
    /// the message already.</summary>
    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context) => outcome switch
    {
        { Result: { } response } => response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
            or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout,
        { Exception: HttpRequestException or TimeoutRejectedException } => IsIdempotent(context.GetRequestMessage()?.Method),
        _ => false,
    };

    private static bool IsIdempotent(HttpMethod? method) =>
        method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Get;
}
