using System.Diagnostics;
using AfterSalesBot.Bench.Load;
using AfterSalesBot.Bench.Options;

namespace AfterSalesBot.Bench.DirectLine;

/// <summary>One simulated user: a started conversation, its reply feed, and turns on it.</summary>
public sealed class BenchConversation : ILoadConversation, IAsyncDisposable
{
    private readonly DirectLineClient _client;
    private readonly ConversationStart _start;
    private readonly string _userId;
    private readonly ReplyWaiters _waiters = new();
    private IReplyFeed? _feed;
    private int _turn;

    private BenchConversation(DirectLineClient client, ConversationStart start, string userId)
    {
        _client = client;
        _start = start;
        _userId = userId;
    }

    /// <summary>Token, start, then the feed, so no reply can be pushed before the client listens.</summary>
    public static async Task<BenchConversation> OpenAsync(
        DirectLineClient client, HttpMessageInvoker sockets, int index, Transport transport, CancellationToken ct)
    {
        var userId = $"dl_bench-{index}";
        var token = await client.GenerateTokenAsync(userId, ct);
        var start = await client.StartConversationAsync(token, ct);
        var conversation = new BenchConversation(client, start, userId);
        conversation._feed = transport == Transport.WebSocket
            ? await WebSocketReplyFeed.ConnectAsync(start.StreamUrl, sockets, conversation._waiters, ct)
            : new PollingReplyFeed(client, start, conversation._waiters);
        return conversation;
    }

    /// <summary>Latency runs from just before the POST until the reply with <c>replyToId</c> = the posted id is visible.</summary>
    public async Task<TurnOutcome> RunTurnAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var turn = CancellationTokenSource.CreateLinkedTokenSource(ct);
        turn.CancelAfter(timeout);
        var text = $"My kettle stopped working, turn {Interlocked.Increment(ref _turn)}";
        var started = Stopwatch.GetTimestamp();
        string id;
        try
        {
            id = await _client.PostMessageAsync(_start, _userId, text, turn.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return TurnOutcome.Failed(TurnFailure.TimedOut, $"POST activity took over {timeout.TotalMilliseconds:0.#} ms");
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return TurnOutcome.Failed(TurnFailure.PostFailed, e.Message);
        }

        try
        {
            var seenAt = await _waiters.Expect(id).WaitAsync(turn.Token);
            return TurnOutcome.Ok(seenAt - started);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            _waiters.Forget(id);
            return TurnOutcome.Failed(TurnFailure.TimedOut, $"no reply within {timeout.TotalMilliseconds:0.#} ms");
        }
        catch (ReplyFeedException e)
        {
            return TurnOutcome.Failed(TurnFailure.FeedFailed, e.Message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_feed is not null)
            await _feed.DisposeAsync();
    }
}
