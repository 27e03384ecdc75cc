using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Backplane;

/// <summary>
/// A customer's WebSocket is open on instance A while their messages are posted to instance B (as a load balancer may
/// send them): the bot's replies, produced on B, arrive on A's socket through Redis, in watermark order, each once.
/// </summary>
public class StreamAcrossInstancesTests : IAsyncLifetime
{
    private BackplaneHosts _hosts = null!;

    protected virtual StorageEngine Engine => StorageEngine.Sqlite;

    public async Task InitializeAsync() => _hosts = await BackplaneHosts.StartAsync(Engine, await RedisServer.GetSharedAsync(), "stream");

    [Fact]
    public async Task RepliesMadeOnOneInstanceArriveOnASocketHeldByTheOtherInOrderWithoutGaps()
    {
        using var customer = await new DirectLineTestClient(_hosts.B).StartSessionAsync();
        await using var onA = await LiveStream.OpenAsync(_hosts.A, customer);

        string last = "";
        foreach (var text in new[] { "My Q5 gas stove will not light since yesterday", "that is all", "yes" })
        {
            last = await customer.SendTextAsync(text);
            await customer.WaitForRepliesAsync(last);
        }
        await onA.WaitForAsync(a => (string?)a["replyToId"] == last, "the bot's reply to the third message, made on B");

        var (stored, watermark) = await customer.GetActivitiesAsync();
        // The reply to the third message may be followed by more of the same turn: wait for the stream to reach the store.
        await onA.WaitForAsync(a => ((string?)a["id"])?.Split('|')[^1] is { } id && long.TryParse(id, out var at) && at >= long.Parse(watermark),
            $"the stream reaching watermark {watermark}");
        var sequences = onA.StoredSequences();
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences); // in order, no gap, none twice
        Assert.Equal(long.Parse(watermark), sequences[^1]);
        Assert.Equal(stored.Count, sequences.Count);
        Assert.Equal(3, onA.Received.Count(r => (string?)r.Activity["type"] == "message" && (string?)r.Activity["from"]?["role"] == "user"));
        // Each frame's watermark covers what it carries, so a client that reconnects with it misses nothing.
        Assert.All(onA.Received.Where(r => (string?)r.Activity["type"] != "typing"),
            r => Assert.True(long.Parse(r.Watermark) >= long.Parse(((string)r.Activity["id"]!).Split('|')[^1])));
    }

    public async Task DisposeAsync() => await _hosts.DisposeAsync();
}

/// <summary>The same on PostgreSQL, the server engine two machines would share.</summary>
public sealed class StreamAcrossInstancesOnPostgreSqlTests : StreamAcrossInstancesTests
{
    protected override StorageEngine Engine => StorageEngine.PostgreSql;
}
