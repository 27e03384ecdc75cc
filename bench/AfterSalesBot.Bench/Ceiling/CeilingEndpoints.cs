using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace AfterSalesBot.Bench.Ceiling;

/// <summary>The Direct Line routes the bench uses, answered from memory: post, echo and reply pushed over the socket.</summary>
public static class CeilingEndpoints
{
    private static readonly ConcurrentDictionary<string, CeilingConversation> Conversations = new(StringComparer.Ordinal);
    private static long _sequence;

    public static void MapCeiling(this WebApplication app)
    {
        var api = app.MapGroup("/v3/directline");
        api.MapPost("/tokens/generate", (HttpContext http) => WriteAsync(http, 200, CeilingFrames.Conversation(NewId("c"), NewId("t"), null)));
        api.MapPost("/conversations", StartAsync);
        api.MapPost("/conversations/{id}/activities", PostAsync);
        api.MapGet("/conversations/{id}/activities", (HttpContext http, string id, string? watermark) =>
            Find(id) is { } c ? WriteAsync(http, 200, c.ActivitiesAfter(watermark)) : NotFound(http));
        api.MapGet("/conversations/{id}/stream", StreamAsync);
    }

    public static void Reset() => Conversations.Clear();

    private static Task StartAsync(HttpContext http)
    {
        var conversation = new CeilingConversation(NewId("c"));
        Conversations[conversation.Id] = conversation;
        var token = NewId("t");
        var stream = $"ws://{http.Request.Host}/v3/directline/conversations/{conversation.Id}/stream?t={token}";
        return WriteAsync(http, 201, CeilingFrames.Conversation(conversation.Id, token, stream));
    }

    private static async Task PostAsync(HttpContext http, string id)
    {
        if (Find(id) is not { } conversation)
        {
            await NotFound(http);
            return;
        }

        using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
        var root = body.RootElement;
        var userId = root.TryGetProperty("from", out var from) && from.TryGetProperty("id", out var fromId) ? fromId.GetString() : null;
        var clientActivityId = root.TryGetProperty("channelData", out var data) && data.TryGetProperty("clientActivityID", out var cid)
            ? cid.GetString()
            : null;
        var echoId = await conversation.PostAsync(userId ?? "user", clientActivityId, http.RequestAborted);
        await WriteAsync(http, 200, CeilingFrames.ResourceResponse(echoId));
    }

    private static async Task StreamAsync(HttpContext http, string id)
    {
        if (!http.WebSockets.IsWebSocketRequest || Find(id) is not { } conversation)
        {
            http.Response.StatusCode = 400;
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        await conversation.ServeSocketAsync(socket, http.RequestAborted);
    }

    private static CeilingConversation? Find(string id) => Conversations.GetValueOrDefault(id);

    private static string NewId(string prefix) =>
        prefix + Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture);

    private static Task NotFound(HttpContext http)
    {
        http.Response.StatusCode = 404;
        return Task.CompletedTask;
    }

    private static Task WriteAsync(HttpContext http, int status, byte[] json)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.ContentLength = json.Length;
        return http.Response.Body.WriteAsync(json, http.RequestAborted).AsTask();
    }
}
