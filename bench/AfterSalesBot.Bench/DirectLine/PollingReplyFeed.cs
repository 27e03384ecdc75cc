using System.Diagnostics;

namespace AfterSalesBot.Bench.DirectLine;

/// <summary>
/// <c>GET /activities?watermark=</c> every 50 ms while a reply is awaited. Idle conversations do not
/// poll, so holding 1,000 of them open does not turn into 20,000 requests a second.
/// </summary>
public sealed class PollingReplyFeed : IReplyFeed
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);
    private readonly DirectLineClient _client;
    private readonly ConversationStart _conversation;
    private readonly ReplyWaiters _waiters;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _polling;
    private string? _watermark;

    public PollingReplyFeed(DirectLineClient client, ConversationStart conversation, ReplyWaiters waiters)
    {
        _client = client;
        _conversation = conversation;
        _waiters = waiters;
        _polling = Task.Run(PollAsync);
    }

    private async Task PollAsync()
    {
        try
        {
            while (true)
            {
                await Task.Delay(Interval, _stop.Token);
                if (_waiters.Pending == 0)
                    continue;
                try
                {
                    var set = await _client.GetActivitiesAsync(_conversation, _watermark, _stop.Token);
                    _watermark = ActivitySetReader.Read(set, _waiters, Stopwatch.GetTimestamp()) ?? _watermark;
                }
                catch (Exception e) when (!_stop.IsCancellationRequested)
                {
                    // DirectLineJS stops polling for good on such an error (PROTOCOL.md §5), so the turns
                    // awaiting it fail and are counted; the bench keeps polling for the next ones.
                    _waiters.FailPending(new ReplyFeedException($"GET activities failed: {e.Message}", e));
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            _waiters.Break(new ReplyFeedException("polling stopped by the bench"));
        }
        catch (Exception e)
        {
            _waiters.Break(new ReplyFeedException($"polling failed: {e.Message}", e));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _polling;
        _stop.Dispose();
    }
}
