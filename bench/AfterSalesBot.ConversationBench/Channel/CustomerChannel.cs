using System.Diagnostics;
using System.Text.Json;
using AfterSalesBot.Bench.DirectLine;

namespace AfterSalesBot.ConversationBench.Channel;

/// <summary>
/// One customer's Direct Line conversation, read by polling <c>GET /activities</c> as Web Chat does without a socket.
/// A turn's replies are committed and published together, so once the first reply to an activity is visible the rest
/// follow within a poll or two; the settle time waits for them.
/// </summary>
public sealed class CustomerChannel
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(400);
    private readonly DirectLineClient _client;
    private readonly ConversationStart _start;
    private readonly CustomerActivity _activities;
    private readonly List<BotMessage> _seen = [];
    private string? _watermark;

    private CustomerChannel(DirectLineClient client, ConversationStart start, CustomerActivity activities)
    {
        _client = client;
        _start = start;
        _activities = activities;
    }

    public string ConversationId => _start.ConversationId;

    /// <summary>Everything the bot said so far, in order.</summary>
    public IReadOnlyList<BotMessage> Seen => _seen;

    public static async Task<CustomerChannel> OpenAsync(
        DirectLineClient client, string userId, string locale, string? timeZone, CancellationToken ct)
    {
        var token = await client.GenerateTokenAsync(userId, ct);
        var start = await client.StartConversationAsync(token, ct);
        return new CustomerChannel(client, start, new CustomerActivity(userId, locale, timeZone));
    }

    public Task<IReadOnlyList<BotMessage>> JoinAsync(TimeSpan timeout, CancellationToken ct) =>
        SendAsync(_activities.Join(), timeout, ct);

    public Task<IReadOnlyList<BotMessage>> SayAsync(string text, TimeSpan timeout, CancellationToken ct) =>
        SendAsync(_activities.Message(text), timeout, ct);

    /// <returns>The bot's replies to the activity; empty when none came within <paramref name="timeout"/>.</returns>
    private async Task<IReadOnlyList<BotMessage>> SendAsync(HttpContent activity, TimeSpan timeout, CancellationToken ct)
    {
        var id = await _client.PostActivityAsync(_start, activity, ct);
        var clock = Stopwatch.StartNew();
        TimeSpan? firstSeen = null;
        while (clock.Elapsed < timeout && (firstSeen is null || clock.Elapsed - firstSeen < Settle))
        {
            await Task.Delay(PollInterval, ct);
            var replies = await PollAsync(id, ct);
            if (replies > 0)
                firstSeen = clock.Elapsed; // wait for quiet after the latest reply
        }

        return [.. _seen.Where(m => m.ReplyToId == id)];
    }

    /// <returns>How many new replies to <paramref name="id"/> arrived.</returns>
    private async Task<int> PollAsync(string id, CancellationToken ct)
    {
        var body = await _client.GetActivitiesAsync(_start, _watermark, ct);
        using var set = JsonDocument.Parse(body);
        if (set.RootElement.TryGetProperty("watermark", out var mark) && mark.ValueKind == JsonValueKind.String)
            _watermark = mark.GetString();
        var count = 0;
        foreach (var activity in set.RootElement.GetProperty("activities").EnumerateArray())
        {
            if (ReadBotMessage(activity) is not { } message || _seen.Any(m => m.Id == message.Id))
                continue;
            _seen.Add(message);
            if (message.ReplyToId == id)
                count++;
        }

        return count;
    }

    private static BotMessage? ReadBotMessage(JsonElement activity)
    {
        if (Text(activity, "type") is not (null or "message")
            || !activity.TryGetProperty("from", out var from) || Text(from, "role") != "bot")
            return null;
        var attachments = activity.TryGetProperty("attachments", out var a) && a.ValueKind == JsonValueKind.Array ? a.GetArrayLength() : 0;
        return new BotMessage(Text(activity, "id") ?? Guid.NewGuid().ToString("N"), Text(activity, "replyToId"),
            Text(activity, "text") ?? "", attachments);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
