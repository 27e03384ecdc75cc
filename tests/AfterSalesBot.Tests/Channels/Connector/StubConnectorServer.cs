using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace AfterSalesBot.Tests.Channels.Connector;

/// <summary>
/// A channel's Connector API on loopback: records every request exactly as it arrived and answers
/// from a script, then with 200 <c>{"id":"stub-activity-1"}</c> once the script runs out (or, started with
/// <c>uniqueIds</c>, with a new id each time, as a real channel does).
/// </summary>
public sealed class StubConnectorServer : IAsyncDisposable
{
    public const string DefaultResponseId = "stub-activity-1";

    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();
    private readonly List<ConditionalFailure> _failures = [];
    private LoopbackServer? _server;
    private bool _uniqueIds;
    private int _issued;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Uri BaseAddress => _server?.BaseAddress ?? throw new InvalidOperationException("Not started.");

    public static async Task<StubConnectorServer> StartAsync(bool uniqueIds = false)
    {
        var stub = new StubConnectorServer { _uniqueIds = uniqueIds };
        stub._server = await LoopbackServer.StartAsync(stub.HandleAsync);
        return stub;
    }

    public StubConnectorServer ThenRespond(int status, string body = "", params (string Name, string Value)[] headers)
    {
        _script.Enqueue(async context =>
        {
            context.Response.StatusCode = status;
            foreach (var (name, value) in headers) context.Response.Headers[name] = value;
            if (body.Length > 0)
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(body);
            }
        });
        return this;
    }

    /// <summary>Answers the next <paramref name="times"/> requests that match <paramref name="when"/> with
    /// <paramref name="status"/> (and an error body, and <paramref name="headers"/>), whatever else the script holds;
    /// others are answered as usual.</summary>
    public StubConnectorServer FailWhen(Func<RecordedRequest, bool> when, int status, int times = 1, params (string Name, string Value)[] headers)
    {
        lock (_failures) _failures.Add(new ConditionalFailure(when, status, times, headers));
        return this;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var recorded = new RecordedRequest(
            context.Request.Method,
            context.Features.Get<IHttpRequestFeature>()!.RawTarget,
            context.Request.Headers.Authorization.ToString(),
            await reader.ReadToEndAsync());

        ConditionalFailure? failure;
        lock (_failures)
        {
            failure = _failures.FirstOrDefault(f => f.Remaining > 0 && f.When(recorded));
            if (failure is not null) failure.Remaining--;
        }
        Func<HttpContext, Task>? respond = null;
        if (failure is null) _script.TryDequeue(out respond);
        Requests.Enqueue(recorded with { Status = failure?.Status ?? (respond is null ? 200 : null) });
        if (failure is not null)
        {
            context.Response.StatusCode = failure.Status;
            foreach (var (name, value) in failure.Headers) context.Response.Headers[name] = value;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"error":{"code":"ServiceError","message":"The stub channel refused this message."}}""");
            return;
        }

        if (respond is not null)
        {
            await respond(context);
            return;
        }
        context.Response.ContentType = "application/json";
        var id = _uniqueIds ? $"1:stub{Interlocked.Increment(ref _issued):D4}" : DefaultResponseId;
        await context.Response.WriteAsync($$"""{"id":"{{id}}"}""");
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}

internal sealed class ConditionalFailure(Func<RecordedRequest, bool> when, int status, int times, (string Name, string Value)[] headers)
{
    public (string Name, string Value)[] Headers { get; } = headers;
    public Func<RecordedRequest, bool> When { get; } = when;
    public int Status { get; } = status;
    public int Remaining { get; set; } = times;
}

/// <summary>One request as the stub saw it; <see cref="RawTarget"/> is the path before any unescaping.</summary>
public sealed record RecordedRequest(string Method, string RawTarget, string Authorization, string Body)
{
    /// <summary>When the stub received it (wall clock), to check the waits between attempts.</summary>
    public DateTimeOffset ReceivedAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>The status the stub answered with: a <see cref="StubConnectorServer.FailWhen"/> refusal, 200 for the usual
    /// answer, null when a <see cref="StubConnectorServer.ThenRespond"/> script answered.</summary>
    public int? Status { get; init; }
}
