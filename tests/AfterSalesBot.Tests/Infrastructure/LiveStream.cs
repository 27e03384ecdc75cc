using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace AfterSalesBot.Tests.Infrastructure;

/// <summary>
/// A customer's Direct Line WebSocket on one host, as Web Chat holds it: the stream URL from <c>GET /conversations/{id}</c>,
/// then every ActivitySet frame read in the background and kept in arrival order.
/// </summary>
public sealed class LiveStream : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<(JsonObject Activity, string Watermark)> _received = [];
    private Task _reading = Task.CompletedTask;

    private LiveStream()
    {
    }

    /// <summary>Opens the stream of <paramref name="client"/>'s conversation on <paramref name="server"/> (any instance).</summary>
    public static async Task<LiveStream> OpenAsync(BotServer server, DirectLineTestClient client)
    {
        using var http = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", client.Token);
        var conversation = (await (await http.SendAsync(request)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!;
        var stream = new LiveStream();
        await stream._socket.ConnectAsync(new Uri((string)conversation["streamUrl"]!), CancellationToken.None);
        stream._reading = stream.ReadAsync();
        return stream;
    }

    /// <summary>Every activity received so far, with the watermark of the frame that carried it.</summary>
    public IReadOnlyList<(JsonObject Activity, string Watermark)> Received { get { lock (_received) return [.. _received]; } }

    /// <summary>Waits (polling, with a deadline) until an activity matching <paramref name="match"/> has arrived.</summary>
    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> match, string what, TimeSpan? timeout = null)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (Received.Select(r => r.Activity).FirstOrDefault(match) is { } found) return found;
            if (deadline.Elapsed > (timeout ?? TimeSpan.FromSeconds(30)))
                throw new TimeoutException($"Never on the stream: {what}. Received:\n{string.Join("\n", Received.Select(r => r.Activity.ToJsonString()))}");
            if (_reading.IsCompleted) throw new InvalidOperationException($"The stream closed before {what}.", _reading.Exception);
            await Task.Delay(50);
        }
    }

    /// <summary>The watermarks (sequence numbers) of the stored activities received, in arrival order; typing has none.</summary>
    public IReadOnlyList<long> StoredSequences() =>
        [.. Received.Where(r => (string?)r.Activity["type"] != "typing").Select(r => long.Parse(((string)r.Activity["id"]!).Split('|')[^1]))];

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        while (!_stop.IsCancellationRequested)
        {
            var result = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (result.MessageType == WebSocketMessageType.Close) return;
            frame.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage) continue;
            var text = Encoding.UTF8.GetString(frame.GetBuffer(), 0, (int)frame.Length);
            frame.SetLength(0);
            if (text.Length == 0) continue; // keep-alive
            var set = JsonNode.Parse(text)!.AsObject();
            lock (_received)
                foreach (var activity in set["activities"]!.AsArray()) _received.Add((activity!.AsObject(), (string)set["watermark"]!));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _reading; } catch (Exception ex) when (ex is OperationCanceledException or WebSocketException) { }
        _socket.Dispose();
        _stop.Dispose();
    }
}
