using System.Diagnostics;

namespace AfterSalesBot.Bench.Load;

/// <summary>Drives turns through open conversations, closed-loop (<see cref="ClosedLoopAsync"/>) or paced.</summary>
public static partial class LoadRunner
{
    /// <summary>Each conversation posts its next message as soon as its previous reply arrives.</summary>
    public static async Task<PhaseResult> ClosedLoopAsync(
        string name, IReadOnlyList<ILoadConversation> conversations, PhaseBounds bounds, TimeSpan timeout, CancellationToken ct)
    {
        var tally = new PhaseTally(name, bounds.MaxTurns);
        var clock = Stopwatch.StartNew();
        long issued = 0;

        async Task Drive(ILoadConversation conversation)
        {
            while (!ct.IsCancellationRequested && clock.Elapsed < bounds.Duration
                   && Interlocked.Increment(ref issued) <= bounds.MaxTurns)
            {
                tally.Add(await conversation.RunTurnAsync(timeout, ct));
            }
        }

        await Task.WhenAll(conversations.Select(c => Task.Run(() => Drive(c), CancellationToken.None)));
        ct.ThrowIfCancellationRequested();
        return tally.Finish(conversations.Count);
    }
}
