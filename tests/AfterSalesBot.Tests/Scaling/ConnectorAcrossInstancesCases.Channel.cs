using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AfterSalesBot.Tests.Channels.Messages;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Scaling;

public abstract partial class ConnectorAcrossInstancesCases
{
    /// <summary>How long a turn's replies may take to reach the channel: generous, for a loaded machine and a take-over.</summary>
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(90);

    /// <summary>One reply as the connector received it: the customer's message it answers (from the reply route's
    /// last segment), its text and its exact body.</summary>
    private sealed record ConnectorReply(string? ReplyToId, string? Type, string? Text, string Body);

    /// <summary>Posts a customer's message as the Bot Connector does, to <paramref name="target"/> (nginx or one instance),
    /// and requires the acknowledgement: 202, the turn runs after.</summary>
    private async Task PostAsync(Uri target, string activityId, string text)
    {
        var activity = TeamsActivities.Message(_channel.BaseAddress, _conversation, activityId, text, "user-" + _conversation);
        using var http = new HttpClient { BaseAddress = target, Timeout = TimeSpan.FromSeconds(30) };
        using var response = await http.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode == HttpStatusCode.Accepted,
            $"'{text}' ({activityId}) got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Everything the connector received for this conversation, in the order it arrived.</summary>
    private List<ConnectorReply> Received() => _channel.Requests
        .Where(r => r.RawTarget.Contains("/v3/conversations/" + Uri.EscapeDataString(_conversation) + "/", StringComparison.Ordinal))
        .Select(r =>
        {
            var path = r.RawTarget.Split('?')[0];
            var tail = path[(path.IndexOf("/activities", StringComparison.Ordinal) + "/activities".Length)..].TrimStart('/');
            var body = JsonNode.Parse(r.Body);
            return new ConnectorReply(tail.Length == 0 ? null : Uri.UnescapeDataString(tail), (string?)body?["type"], (string?)body?["text"], r.Body);
        })
        .ToList();

    /// <summary>The texts the connector received in reply to <paramref name="activityId"/>, joined.</summary>
    private string TextTo(string activityId) => string.Join(" ", Received().Where(r => r.ReplyToId == activityId).Select(r => r.Text));

    /// <summary>Polls the connector until the replies to <paramref name="activityId"/> say <paramref name="expect"/>.</summary>
    private async Task WaitForRepliesAsync(string activityId, string expect)
    {
        var deadline = DateTime.UtcNow + ReplyTimeout;
        while (true)
        {
            var text = TextTo(activityId);
            if (text.Contains(expect, StringComparison.Ordinal)) return;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The connector never got '{expect}' in reply to {activityId}; it got: {text}\n{ServerOutputs()}");
            await Task.Delay(100);
        }
    }

    /// <summary>The instance whose lease holds the conversation (its owner name begins with its process id).</summary>
    private async Task<BotServer> OwnerAsync()
    {
        await using var db = _database.OpenBot();
        var lease = await db.ConversationLeases.AsNoTracking().SingleAsync(l => l.ConversationId == _conversation);
        var pid = int.Parse(lease.Owner[..lease.Owner.IndexOf('-', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
        return _servers.Single(s => s.ProcessId == pid);
    }

    private string ServerOutputs() => string.Join("\n", _servers.Select((s, i) => $"--- instance {i + 1} ---\n{s.Output}"));
}
