using AfterSalesBot.Bench.Ceiling;
using AfterSalesBot.Bench.DirectLine;
using AfterSalesBot.Bench.Load;

namespace AfterSalesBot.Bench;

public sealed partial class BenchRun
{
    /// <summary>
    /// The throughput phase again, same conversations, same client and transport, against bare Kestrel
    /// in this process. It is warmed up first so JIT does not count against it.
    /// </summary>
    private async Task<PhaseResult> CeilingAsync(HttpClient http, HttpMessageInvoker sockets, CancellationToken ct)
    {
        log.WriteLine("bench: ceiling, bare Kestrel on 127.0.0.1:0...");
        await using var ceiling = await CeilingServer.StartAsync(ct);
        var client = new DirectLineClient(http, ceiling.BaseUrl, "ceiling");
        await using var pool = new ConversationPool();
        var opening = new PhaseTally($"ceiling: open {options.Conversations}", options.Conversations);
        await pool.OpenAsync(client, sockets, options.Transport, 0, options.Conversations, Bounds.Duration, options.TurnTimeout, opening, firstTurn: false, ct);
        var opened = Add(opening.Finish(options.Conversations));
        if (pool.Conversations.Count == 0)
            return opened;
        if (options.WarmUpDuration > TimeSpan.Zero)
            Add(await LoadRunner.ClosedLoopAsync("ceiling: warm-up", pool.Conversations,
                new PhaseBounds(options.WarmUpTurns, options.WarmUpDuration), options.TurnTimeout, ct));
        return Add(await LoadRunner.ClosedLoopAsync("ceiling: throughput (closed)", pool.Conversations, Bounds, options.TurnTimeout, ct));
    }
}
