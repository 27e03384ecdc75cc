using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AfterSalesBot.Bench.Connector;

/// <summary>
/// The channel's side of the Bot Connector protocol, in the bench process on 127.0.0.1:0: it takes the bot's replies
/// (<c>POST /v3/conversations/{id}/activities[/{replyToId}]</c>), answers with an id as the Bot Framework does, and
/// notes when the first reply to each customer activity arrived, so a turn counts when its reply reached the channel.
/// </summary>
public sealed class StubConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _waiting = new(StringComparer.Ordinal);
    private long _replies;

    private StubConnector(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every reply that arrived, first or not.</summary>
    public long Replies => Interlocked.Read(ref _replies);

    public static async Task<StubConnector> StartAsync(CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });
        builder.Logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var stub = new StubConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", (string replyToId) => stub.Arrived(replyToId));
        app.MapPost("/v3/conversations/{conversationId}/activities", async (HttpRequest request) =>
            stub.Arrived(await ReplyToIdAsync(request)));
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        stub.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return stub;
    }

    /// <summary>Completes with the Stopwatch timestamp at which the first reply to <paramref name="activityId"/> arrived.</summary>
    public Task<long> Expect(string activityId) =>
        _waiting.GetOrAdd(activityId, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Forget(string activityId) => _waiting.TryRemove(activityId, out _);

    private IResult Arrived(string? replyToId)
    {
        var at = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _replies);
        if (replyToId is not null && _waiting.TryRemove(replyToId, out var waiter)) waiter.TrySetResult(at);
        return Results.Json(new { id = "stub-" + Guid.NewGuid().ToString("N") });
    }

    private static async Task<string?> ReplyToIdAsync(HttpRequest request)
    {
        using var document = await JsonDocument.ParseAsync(request.Body);
        return document.RootElement.TryGetProperty("replyToId", out var id) ? id.GetString() : null;
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
