using AfterSalesBot.Bench.Load;
using AfterSalesBot.Bench.Server;

namespace AfterSalesBot.Bench.Long;

/// <summary>
/// Drives a few conversations of one path together through bands of turn numbers. Every conversation finishes a band
/// before any starts the next, and the host's counters are read in a short pause between bands, so each band's CPU
/// and allocation belong to turns of those numbers only.
/// </summary>
public sealed class LongConversationRun(ServerUnderTest server, HttpClient http, TimeSpan timeout, TextWriter log)
{
    /// <summary>Lets the host finish what the band's last turns left (the outbox's delivery) and lets the Prometheus
    /// exporter's 300 ms scrape cache expire, so the reading is fresh.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(500);

    public async Task<IReadOnlyList<BandResult>> RunAsync(
        string path, IReadOnlyList<ILoadConversation> conversations, IReadOnlyList<TurnBand> bands, CancellationToken ct)
    {
        var results = new List<BandResult>();
        await Task.Delay(Settle, ct);
        var before = await server.Counters.ReadAsync(http, ct);
        foreach (var band in bands)
        {
            var phase = await BandAsync($"{path} turns {band}", conversations, band, ct);
            await Task.Delay(Settle, ct);
            var after = await server.Counters.ReadAsync(http, ct);
            var turns = Math.Max(phase.Succeeded, 1);
            var result = new BandResult(path, band, phase,
                (after.CpuSeconds - before.CpuSeconds) * 1000 / turns,
                (after.AllocatedBytes - before.AllocatedBytes) / 1024 / turns);
            log.WriteLine($"bench: {phase.Name}: {phase.Succeeded} ok, {phase.Failed} failed, p50 {phase.Latency.P50Ms:0.0} ms, " +
                          $"CPU {result.CpuMsPerTurn:0.00} ms/turn, {result.KbPerTurn:0.0} KB/turn");
            results.Add(result);
            before = after;
        }
        return results;
    }

    private async Task<PhaseResult> BandAsync(string name, IReadOnlyList<ILoadConversation> conversations, TurnBand band, CancellationToken ct)
    {
        var tally = new PhaseTally(name, conversations.Count * band.TurnsEach);

        async Task Drive(ILoadConversation conversation)
        {
            for (var i = 0; i < band.TurnsEach && !ct.IsCancellationRequested; i++)
                tally.Add(await conversation.RunTurnAsync(timeout, ct));
        }

        await Task.WhenAll(conversations.Select(c => Task.Run(() => Drive(c), CancellationToken.None)));
        ct.ThrowIfCancellationRequested();
        server.ThrowIfExited();
        return tally.Finish(conversations.Count);
    }
}
