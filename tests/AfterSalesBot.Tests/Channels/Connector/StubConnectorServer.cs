using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace AfterSalesBot.Tests.Channels.Connector;

/// <summary>
/// A channel's Connector API on loopback: records every request exactly as it arrived and answers
/// from a script, then with 200 <c>{"id":"stub-activity-1"}</c> once the script runs out.
/// </summary>
public sealed class StubConnectorServer : IAsyncDisposable
{
    public const string DefaultResponseId = "stub-activity-1";

    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();
    private LoopbackServer? _server;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Uri BaseAddress => _server?.BaseAddress ?? throw new InvalidOperationException("Not started.");

    public static async Task<StubConnectorServer> StartAsync()
    {
        var stub = new StubConnectorServer();
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

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        Requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Features.Get<IHttpRequestFeature>()!.RawTarget,
            context.Request.Headers.Authorization.ToString(),
            await reader.ReadToEndAsync()));

        if (_script.TryDequeue(out var respond))
        {
            await respond(context);
            return;
        }
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($$"""{"id":"{{DefaultResponseId}}"}""");
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}

/// <summary>One request as the stub saw it; <see cref="RawTarget"/> is the path before any unescaping.</summary>
public sealed record RecordedRequest(string Method, string RawTarget, string Authorization, string Body);
