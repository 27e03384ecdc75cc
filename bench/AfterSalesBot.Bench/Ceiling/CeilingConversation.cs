using System.Globalization;
using System.Net.WebSockets;

namespace AfterSalesBot.Bench.Ceiling;

/// <summary>
/// An in-memory conversation: a history (for polling and watermarks) and at most one socket.
/// No storage and no bot logic, which is exactly what the ceiling leaves out.
/// </summary>
public sealed class CeilingConversation(string id)
{
    private readonly Lock _gate = new();
    private readonly List<CeilingActivity> _history = [];
    private readonly SemaphoreSlim _sending = new(1, 1);
    private WebSocket? _socket;

    public string Id => id;

    /// <summary>Echoes the user's message and answers it, pushing both; returns the echo's id.</summary>
    public async Task<string> PostAsync(string userId, string? clientActivityId, CancellationToken ct)
    {
        CeilingActivity echo, reply;
        long echoMark;
        lock (_gate)
        {
            echoMark = _history.Count + 1;
            echo = new CeilingActivity(NextId(), userId, "user", null, clientActivityId, "echo");
            _history.Add(echo);
            reply = new CeilingActivity(NextId(), "ceiling", "bot", echo.Id, null, "ok");
            _history.Add(reply);
        }

        await PushAsync(CeilingFrames.ActivitySet(echo, echoMark), ct);
        await PushAsync(CeilingFrames.ActivitySet(reply, echoMark + 1), ct);
        return echo.Id;
    }

    public byte[] ActivitiesAfter(string? watermark)
    {
        lock (_gate)
        {
            var from = long.TryParse(watermark, NumberStyles.Integer, CultureInfo.InvariantCulture, out var w) ? (int)Math.Clamp(w, 0, _history.Count) : 0;
            return CeilingFrames.ActivitySet(_history.Skip(from), _history.Count);
        }
    }

    /// <summary>Holds the socket until the client closes it, as the Direct Line stream does.</summary>
    public async Task ServeSocketAsync(WebSocket socket, CancellationToken ct)
    {
        _socket = socket;
        var buffer = new byte[512];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(), ct);
                if (result.MessageType == WebSocketMessageType.Close)
                    break;
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // the client went away
        }
        finally
        {
            _socket = null;
        }
    }

    private string NextId() => id + "|" + (_history.Count + 1).ToString("D7", CultureInfo.InvariantCulture);

    private async Task PushAsync(byte[] frame, CancellationToken ct)
    {
        if (_socket is not { State: WebSocketState.Open } socket)
            return;
        await _sending.WaitAsync(ct);
        try
        {
            await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, ct);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // the client went away between the check and the send
        }
        finally
        {
            _sending.Release();
        }
    }
}
