using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;

namespace AfterSalesBot.Bench.DirectLine;

/// <summary>One WebSocket on the conversation's <c>streamUrl</c>; a receive loop dispatches replies by <c>replyToId</c>.</summary>
public sealed class WebSocketReplyFeed : IReplyFeed
{
    private readonly ClientWebSocket _socket;
    private readonly ReplyWaiters _waiters;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _receiving;

    private WebSocketReplyFeed(ClientWebSocket socket, ReplyWaiters waiters)
    {
        _socket = socket;
        _waiters = waiters;
        _receiving = Task.Run(ReceiveAsync);
    }

    public static async Task<WebSocketReplyFeed> ConnectAsync(
        Uri streamUrl, HttpMessageInvoker invoker, ReplyWaiters waiters, CancellationToken ct)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(AsWebSocketUri(streamUrl), invoker, ct);
            return new WebSocketReplyFeed(socket, waiters);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static Uri AsWebSocketUri(Uri url) => url.Scheme switch
    {
        "http" => new UriBuilder(url) { Scheme = "ws" }.Uri,
        "https" => new UriBuilder(url) { Scheme = "wss" }.Uri,
        _ => url,
    };

    private async Task ReceiveAsync()
    {
        var buffer = new byte[4096];
        var message = new ArrayBufferWriter<byte>(4096);
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer.AsMemory(), _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                    throw new ReplyFeedException($"server closed the stream ({_socket.CloseStatus})");
                message.Write(buffer.AsSpan(0, result.Count));
                if (!result.EndOfMessage)
                    continue;
                var seenAt = Stopwatch.GetTimestamp();
                if (message.WrittenCount > 0) // empty frames are keep-alives
                    ActivitySetReader.Read(message.WrittenMemory, _waiters, seenAt);
                message.ResetWrittenCount();
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            _waiters.Break(new ReplyFeedException("stream closed by the bench"));
        }
        catch (Exception e)
        {
            _waiters.Break(e as ReplyFeedException ?? new ReplyFeedException($"stream failed: {e.Message}", e));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Abort();
        await _receiving;
        _socket.Dispose();
        _stop.Dispose();
    }
}
