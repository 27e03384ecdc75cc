using System.Diagnostics;

namespace AfterSalesBot.Bench.Load;

public static partial class LoadRunner
{
    /// <summary>
    /// Open loop: turn i starts at i/rate seconds whatever happened to earlier turns, spread round-robin
    /// over the conversations. A slow server therefore meets more load, not less (no coordinated omission).
    /// </summary>
    public static async Task<PhaseResult> PacedAsync(
        string name, IReadOnlyList<ILoadConversation> conversations, int rate, PhaseBounds bounds,
        TimeSpan timeout, CancellationToken ct)
    {
        var maxTurns = (int)Math.Min(bounds.MaxTurns, Math.Ceiling(rate * bounds.Duration.TotalSeconds));
        var tally = new PhaseTally(name, maxTurns);
        var inFlight = new List<Task>(maxTurns);
        var started = Stopwatch.GetTimestamp();
        var issued = 0;

        async Task Turn(ILoadConversation conversation) => tally.Add(await conversation.RunTurnAsync(timeout, ct));

        while (issued < maxTurns && !ct.IsCancellationRequested)
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed >= bounds.Duration)
                break;
            var due = Math.Min(maxTurns, (int)(elapsed.TotalSeconds * rate) + 1);
            for (; issued < due; issued++)
                inFlight.Add(Turn(conversations[issued % conversations.Count]));
            await Task.Delay(1, CancellationToken.None);
        }

        await Task.WhenAll(inFlight);
        ct.ThrowIfCancellationRequested();
        return tally.Finish(conversations.Count, rate);
    }
}
