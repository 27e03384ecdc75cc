using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AfterSalesBot.Bench.Load;

namespace AfterSalesBot.Bench.Connector;

/// <summary>
/// One Teams user talking to the bot as the Bot Framework delivers it: each message is a Bot Framework activity POSTed
/// to <c>/api/messages</c> with the stub connector as its <c>serviceUrl</c>. The turn's latency runs until its first
/// reply reached the stub; the acknowledgement (the 202) is timed on its own in <paramref name="acks"/>.
/// </summary>
public sealed class ChannelConversation(HttpClient http, Uri bot, StubConnector channel, int index, LatencyRecorder acks) : ILoadConversation
{
    private readonly string _conversationId = $"a:bench-teams-{index}-{Guid.NewGuid():N}";
    private int _turn;

    public async Task<TurnOutcome> RunTurnAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var turn = CancellationTokenSource.CreateLinkedTokenSource(ct);
        turn.CancelAfter(timeout);
        var id = Guid.NewGuid().ToString("N");
        var reply = channel.Expect(id);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var content = new StringContent(Activity(id).ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(new Uri(bot, "api/messages"), content, turn.Token);
            if (response.StatusCode != HttpStatusCode.Accepted && response.StatusCode != HttpStatusCode.OK)
            {
                channel.Forget(id);
                return TurnOutcome.Failed(TurnFailure.PostFailed, $"/api/messages answered {(int)response.StatusCode}");
            }
            acks.Record(Stopwatch.GetTimestamp() - started);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            channel.Forget(id);
            return TurnOutcome.Failed(TurnFailure.TimedOut, $"POST /api/messages took over {timeout.TotalMilliseconds:0.#} ms");
        }
        catch (HttpRequestException e)
        {
            channel.Forget(id);
            return TurnOutcome.Failed(TurnFailure.PostFailed, e.Message);
        }

        try
        {
            return TurnOutcome.Ok(await reply.WaitAsync(turn.Token) - started);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            channel.Forget(id);
            return TurnOutcome.Failed(TurnFailure.TimedOut, $"no reply reached the connector within {timeout.TotalMilliseconds:0.#} ms");
        }
    }

    private JsonObject Activity(string id) => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["channelId"] = "msteams",
        ["serviceUrl"] = channel.BaseUrl.ToString(),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ"),
        ["from"] = new JsonObject { ["id"] = $"29:bench-user-{index}", ["name"] = "Bench", ["aadObjectId"] = Guid.Empty.ToString() },
        ["recipient"] = new JsonObject { ["id"] = "28:aftersalesbot", ["name"] = "AfterSalesBot" },
        ["conversation"] = new JsonObject { ["id"] = _conversationId, ["conversationType"] = "personal", ["tenantId"] = "bench-tenant" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "bench-tenant" } },
        ["text"] = $"My kettle stopped working, turn {Interlocked.Increment(ref _turn)}",
        ["locale"] = "en-US",
        ["textFormat"] = "plain",
    };
}
