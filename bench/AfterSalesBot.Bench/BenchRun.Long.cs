using AfterSalesBot.Bench.Connector;
using AfterSalesBot.Bench.DirectLine;
using AfterSalesBot.Bench.Load;
using AfterSalesBot.Bench.Long;
using AfterSalesBot.Bench.Server;

namespace AfterSalesBot.Bench;

public sealed partial class BenchRun
{
    /// <summary>
    /// The long-conversation run (<c>--turns-per-conversation</c>): both paths warmed up as in the normal run, then on each
    /// path <see cref="Options.BenchOptions.LongConversations"/> fresh conversations taken together through bands of turn
    /// numbers. What a turn costs at turn 500 against turn 10 is what grows with the conversation.
    /// </summary>
    public async Task<IReadOnlyList<BandResult>> RunLongAsync(ServerUnderTest server, CancellationToken ct)
    {
        using var http = NewHttpClient(out var sockets);
        using var _ = sockets;
        var client = new DirectLineClient(http, server.BaseUrl, server.Secret);
        var bands = TurnBand.UpTo(options.TurnsPerConversation);
        var run = new LongConversationRun(server, http, options.TurnTimeout, log);
        var results = new List<BandResult>();

        await using var warm = new ConversationPool();
        await OpenAsync(client, sockets, warm, options.Conversations, ct);
        await WarmUpAsync(server, "warm-up", "after warm-up", warm.Conversations, ct);
        await using var longDirectLine = new ConversationPool();
        await longDirectLine.OpenAsync(client, sockets, options.Transport, options.Conversations, options.LongConversations,
            options.OpenDuration, options.TurnTimeout, new PhaseTally("open long", options.LongConversations), firstTurn: false, ct);
        results.AddRange(await run.RunAsync("Direct Line", longDirectLine.Conversations, bands, ct));

        await using var channel = await StubConnector.StartAsync(ct);
        await WarmUpAsync(server, "api/messages warm-up", "after api/messages warm-up", ChannelConversations(server, http, channel, new LatencyRecorder(1)), ct);
        var acks = new LatencyRecorder(options.LongConversations * options.TurnsPerConversation);
        IReadOnlyList<ILoadConversation> longChannel = [.. Enumerable.Range(0, options.LongConversations)
            .Select(i => new ChannelConversation(http, server.BaseUrl, channel, options.Conversations + i, acks))];
        results.AddRange(await run.RunAsync("/api/messages", longChannel, bands, ct));
        return results;
    }
}
