using AfterSalesBot.Bot.Conversations;
using System.Net.WebSockets;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.DirectLine;

public static partial class DirectLineEndpoints
{
    /// <summary>
    /// The WebSocket stream: replays history after the watermark, then pushes each committed activity as an
    /// ActivitySet, with empty keep-alive frames. Subscribing before the replay and skipping what was already
    /// sent means nothing committed in between is missed or sent twice.
    /// </summary>
    private static async Task<IResult> Stream(
        string conversationId, string? t, string? watermark, HttpContext context, DirectLineTokens tokens, DirectLineStore store,
        ConversationLog log, DirectLineHub hub, IOptions<DirectLineOptions> options, TimeProvider clock, CancellationToken ct)
    {
        if (!context.WebSockets.IsWebSocketRequest) return DirectLineErrors.BadArgument("This route only accepts WebSocket upgrades.");
        var (caller, failure) = await DirectLineAuthorization.AuthorizeAsync(t, conversationId, tokens, store, ct, TokenKind.Stream);
        if (failure is not null) return failure;

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var subscription = hub.Subscribe(conversationId);
        // An open socket ends when the token it was issued beside expires (on the injected clock); the client
        // reconnects with its refreshed token and its watermark, so nothing is missed.
        using var expiry = caller!.SessionUntil is { } until
            ? new CancellationTokenSource(Max(until - clock.GetUtcNow(), TimeSpan.FromMilliseconds(1)), clock)
            : new CancellationTokenSource();
        using var closing = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reading = DrainClientFramesAsync(socket, closing);
        try
        {
            var sent = await SendStoredAsync(socket, log, conversationId, ParseWatermark(watermark), long.MaxValue, options.Value.PollingPageSize, closing.Token);

            var heartbeat = options.Value.HeartbeatInterval;
            while (!closing.IsCancellationRequested && !expiry.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(closing.Token, expiry.Token);
                wait.CancelAfter(heartbeat);
                try
                {
                    var entry = await subscription.Reader.ReadAsync(wait.Token);
                    if (entry.Sequence == 0)
                    {
                        await SendAsync(socket, ActivitySetUtf8([entry], sent), closing.Token); // typing: not stored
                        continue;
                    }
                    if (entry.Sequence <= sent) continue;
                    if (entry.Sequence == sent + 1 && !entry.IsNotice)
                    {
                        sent = entry.Sequence;
                        await SendAsync(socket, ActivitySetUtf8([entry], sent), closing.Token);
                        continue;
                    }
                    // A slow socket's subscription drops its oldest entries, another instance sends notices without the
                    // activities, a catch-up names no watermark: the store has them all, in order.
                    sent = await SendStoredAsync(socket, log, conversationId, sent, entry.Sequence, options.Value.PollingPageSize, closing.Token);
                }
                catch (OperationCanceledException) when (!closing.IsCancellationRequested)
                {
                    if (expiry.IsCancellationRequested) break;
                    await SendAsync(socket, [], closing.Token); // keep-alive
                    // Across instances a notice can be lost (its instance died between commit and publish, Redis was
                    // down): each quiet interval the store is asked, so nothing waits longer than one heartbeat.
                    if (hub.SharedWithOtherInstances)
                        sent = await SendStoredAsync(socket, log, conversationId, sent, long.MaxValue, options.Value.PollingPageSize, closing.Token);
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client went away; it reconnects with its watermark.
        }
        finally
        {
            // The close frame goes out first, and the client gets a moment to answer it: cancelling the reader aborts
            // the socket, which would drop the frame and leave the client without the reason.
            if (expiry.IsCancellationRequested && socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await CloseQuietlyAsync(socket, WebSocketCloseStatus.PolicyViolation, "Token expired.");
                await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(5), clock, CancellationToken.None));
            }
            await closing.CancelAsync();
            await reading;
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await CloseQuietlyAsync(socket, WebSocketCloseStatus.NormalClosure, "bye");
        }
        return TypedResults.Empty;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>Sends what the store holds after <paramref name="sent"/> up to <paramref name="upTo"/>, page by page, in
    /// watermark order; returns the new watermark.</summary>
    private static async Task<long> SendStoredAsync(
        WebSocket socket, ConversationLog log, string conversationId, long sent, long upTo, int pageSize, CancellationToken ct)
    {
        while (sent < upTo)
        {
            var page = await log.ReadAsync(conversationId, sent, (int)Math.Min(upTo - sent, pageSize), ct);
            if (page.Count == 0) break;
            sent = page[^1].Sequence;
            await SendAsync(socket, ActivitySetUtf8(page, sent), ct);
        }
        return sent;
    }

    private static async Task CloseQuietlyAsync(WebSocket socket, WebSocketCloseStatus status, string reason)
    {
        try { await socket.CloseOutputAsync(status, reason, CancellationToken.None); }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException) { }
    }

    private static Task SendAsync(WebSocket socket, byte[] utf8, CancellationToken ct) =>
        socket.SendAsync(utf8, WebSocketMessageType.Text, endOfMessage: true, ct);

    /// <summary>Reads the client's keep-alives and notices its close.</summary>
    private static async Task DrainClientFramesAsync(WebSocket socket, CancellationTokenSource closing)
    {
        var buffer = new byte[4096];
        try
        {
            while (!closing.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, closing.Token);
                if (result.MessageType == WebSocketMessageType.Close) break;
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
        }
        await closing.CancelAsync();
    }
}
