using AfterSalesBot.Bench.Connector;
using AfterSalesBot.Bench.DirectLine;
using AfterSalesBot.Bench.Load;
using AfterSalesBot.Bench.Options;
using AfterSalesBot.Bench.Report;
using AfterSalesBot.Bench.Server;

namespace AfterSalesBot.Bench;

/// <summary>
/// One run, all phases against the bot then the ceiling: open, warm-up, throughput, latency, memory,
/// ceiling. Every phase is bounded in turns and in time, so the run stops by itself.
/// </summary>
public sealed partial class BenchRun(BenchOptions options, TextWriter log)
{
    private readonly List<PhaseResult> _phases = [];
    private readonly List<MemorySample> _memory = [];

    public async Task<BenchReport> RunAsync(ServerUnderTest server, CancellationToken ct)
    {
        using var http = NewHttpClient(out var sockets);
        using var _ = sockets;
        var client = new DirectLineClient(http, server.BaseUrl, server.Secret);
        Sample(server, "idle, after /health");

        await using var load = new ConversationPool();
        var opened = await OpenAsync(client, sockets, load, options.Conversations, ct);
        if (load.Conversations.Count == 0)
            throw new InvalidOperationException($"No conversation could be opened: {string.Join("; ", opened.FailureSamples)}");
        var conversations = load.Conversations;

        await WarmUpAsync(server, "warm-up", "after warm-up", conversations, ct);
        var throughput = await PhaseAsync(server, "after throughput", () => LoadRunner.ClosedLoopAsync(
            "throughput (closed)", conversations, Bounds, options.TurnTimeout, ct));
        var latency = await PhaseAsync(server, "after latency", () => options.Rate > 0
            ? LoadRunner.PacedAsync($"latency (paced {options.Rate}/s)", conversations, options.Rate, Bounds, options.TurnTimeout, ct)
            : LoadRunner.ClosedLoopAsync("latency (closed)", conversations, Bounds, options.TurnTimeout, ct));

        var (channelThroughput, channelLatency) = await ConnectorPhasesAsync(server, http, ct);

        var (memory, whileOpen) = await MemoryPhaseAsync(server, client, sockets, conversations.Count, ct);
        await load.DisposeAsync();

        var ceiling = await CeilingAsync(http, sockets, ct);
        Sample(server, "end (peak = whole run)");

        var turns = _phases.Sum(p => p.Attempted);
        var failed = _phases.Sum(p => (long)p.Failed);
        return new BenchReport(MachineFacts.Current, BenchParameters.From(options, server.Description), _phases, _memory,
            server.StorageMb,
            ceiling.TurnsPerSecond > 0 ? throughput.TurnsPerSecond / ceiling.TurnsPerSecond : null,
            throughput.Latency.P99Ms / ceiling.Latency.P99Ms,
            Targets.Check(options, throughput, latency, memory, _memory.FirstOrDefault(), whileOpen, channelThroughput, channelLatency), turns, failed);
    }

    /// <summary>
    /// The path every Teams and Azure customer takes: Bot Framework activities on <c>/api/messages</c>, replies to a stub
    /// connector in this process. Closed loop, then paced; each with its acknowledgement latency as a phase of its own.
    /// </summary>
    private async Task<(PhaseResult Throughput, PhaseResult Latency)> ConnectorPhasesAsync(ServerUnderTest server, HttpClient http, CancellationToken ct)
    {
        await using var channel = await StubConnector.StartAsync(ct);
        log.WriteLine($"bench: /api/messages with {options.Conversations} channel conversations, replies to a stub connector at {channel.BaseUrl}...");
        await WarmUpAsync(server, "api/messages warm-up", "after api/messages warm-up", ChannelConversations(server, http, channel, new LatencyRecorder(1)), ct);
        var throughput = await ChannelPhaseAsync(server, http, channel, "api/messages throughput (closed)", "after api/messages throughput", rate: 0, ct);
        var latency = await ChannelPhaseAsync(server, http, channel, options.Rate > 0 ? $"api/messages latency (paced {options.Rate}/s)" : "api/messages latency (closed)",
            "after api/messages latency", options.Rate, ct);
        return (throughput, latency);
    }

    private async Task<PhaseResult> ChannelPhaseAsync(
        ServerUnderTest server, HttpClient http, StubConnector channel, string name, string memoryLabel, int rate, CancellationToken ct)
    {
        var acks = new LatencyRecorder(Math.Max(options.Turns, 1));
        var conversations = ChannelConversations(server, http, channel, acks);
        var result = await PhaseAsync(server, memoryLabel, () => rate > 0
            ? LoadRunner.PacedAsync(name, conversations, rate, Bounds, options.TurnTimeout, ct)
            : LoadRunner.ClosedLoopAsync(name, conversations, Bounds, options.TurnTimeout, ct));
        Add(result with { Name = name + ": acknowledgement (202)", Latency = acks.Summarize() });
        return result;
    }

    private IReadOnlyList<ILoadConversation> ChannelConversations(ServerUnderTest server, HttpClient http, StubConnector channel, LatencyRecorder acks) =>
        [.. Enumerable.Range(0, options.Conversations).Select(i => new ChannelConversation(http, server.BaseUrl, channel, i, acks))];

    /// <summary>Closed loop for <see cref="BenchOptions.WarmUpDuration"/>, then <see cref="BenchOptions.WarmUpPause"/> idle,
    /// so the measured phases after it run code the host has finished compiling (a row of its own in the table).</summary>
    private async Task WarmUpAsync(ServerUnderTest server, string name, string memoryLabel, IReadOnlyList<ILoadConversation> conversations, CancellationToken ct)
    {
        if (options.WarmUpDuration <= TimeSpan.Zero) return;
        await PhaseAsync(server, memoryLabel, () => LoadRunner.ClosedLoopAsync(name, conversations,
            new PhaseBounds(options.WarmUpTurns, options.WarmUpDuration), options.TurnTimeout, ct));
        if (options.WarmUpPause > TimeSpan.Zero) await Task.Delay(options.WarmUpPause, ct);
    }

    private PhaseBounds Bounds => new(options.Turns, options.Duration);

    private async Task<PhaseResult> OpenAsync(
        DirectLineClient client, HttpMessageInvoker sockets, ConversationPool pool, int count, CancellationToken ct)
    {
        var tally = new PhaseTally($"open {count} conversations", count);
        log.WriteLine($"bench: opening {count} conversations ({options.Transport.ToString().ToLowerInvariant()})...");
        await pool.OpenAsync(client, sockets, options.Transport, 0, count, Bounds.Duration, options.TurnTimeout, tally, firstTurn: false, ct);
        return Add(tally.Finish(count));
    }

    private async Task<(PhaseResult Phase, MemorySample? WhileOpen)> MemoryPhaseAsync(
        ServerUnderTest server, DirectLineClient client, HttpMessageInvoker sockets, int alreadyOpen, CancellationToken ct)
    {
        log.WriteLine($"bench: memory, opening and holding {options.Open} more conversations...");
        await using var held = new ConversationPool();
        var tally = new PhaseTally($"memory (open {options.Open}, 1 turn each)", Math.Max(options.Open, 1));
        await held.OpenAsync(client, sockets, options.Transport, options.Conversations, options.Open,
            options.OpenDuration, options.TurnTimeout, tally, firstTurn: true, ct);
        var phase = Add(tally.Finish(options.Open));
        // The load phases' conversations stay open too, so the server holds a few more than --open.
        var sample = Sample(server, $"{held.Conversations.Count} + {alreadyOpen} conversations open");
        server.ThrowIfExited();
        return (phase, sample);
    }

    private async Task<PhaseResult> PhaseAsync(ServerUnderTest server, string memoryLabel, Func<Task<PhaseResult>> run)
    {
        var result = Add(await run());
        server.ThrowIfExited();
        Sample(server, memoryLabel);
        return result;
    }

    private PhaseResult Add(PhaseResult result)
    {
        _phases.Add(result);
        log.WriteLine($"bench: {result.Name}: {result.Succeeded} ok, {result.Failed} failed, {Format.Rate(result.TurnsPerSecond)}/s, p99 {Format.Ms(result.Latency.P99Ms)} ms");
        return result;
    }

    private MemorySample? Sample(ServerUnderTest server, string label)
    {
        var sample = server.Memory.Sample(label);
        if (sample is not null)
            _memory.Add(sample);
        return sample;
    }

    private static HttpClient NewHttpClient(out HttpMessageInvoker sockets)
    {
        // One pool for the posts, its own for the sockets: an upgraded connection leaves the pool anyway.
        sockets = new HttpMessageInvoker(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(5) });
        return new HttpClient(new SocketsHttpHandler
        {
            ConnectTimeout = TimeSpan.FromSeconds(5),
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        })
        {
            Timeout = Timeout.InfiniteTimeSpan, // every call carries its own deadline
        };
    }
}
