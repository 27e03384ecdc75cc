using System.Collections.Concurrent;
using System.Diagnostics;
using AfterSalesBot.Bench.DirectLine;
using AfterSalesBot.Bench.Options;

namespace AfterSalesBot.Bench.Load;

/// <summary>Conversations opened together and closed together.</summary>
public sealed class ConversationPool : IAsyncDisposable
{
    private const int Parallelism = 32;

    /// <summary>Token, start and stream connect together; separate from the turn timeout, which may be set tiny.</summary>
    private static readonly TimeSpan OpenTimeout = TimeSpan.FromSeconds(10);
    private readonly ConcurrentBag<BenchConversation> _open = [];

    public IReadOnlyList<BenchConversation> Conversations => [.. _open];

    /// <summary>
    /// Opens up to <paramref name="count"/> conversations, at most 32 at a time, stopping at
    /// <paramref name="duration"/>. Each failure is counted in <paramref name="tally"/>. With
    /// <paramref name="firstTurn"/> each new conversation also runs one turn, whose latency is recorded;
    /// without, the time to open it (token, start, feed) is recorded instead.
    /// </summary>
    public async Task OpenAsync(
        DirectLineClient client, HttpMessageInvoker sockets, Transport transport, int firstIndex, int count,
        TimeSpan duration, TimeSpan timeout, PhaseTally tally, bool firstTurn, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var next = -1;

        async Task Worker()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count && clock.Elapsed < duration && !ct.IsCancellationRequested)
            {
                using var opening = CancellationTokenSource.CreateLinkedTokenSource(ct);
                opening.CancelAfter(OpenTimeout);
                try
                {
                    var started = Stopwatch.GetTimestamp();
                    var conversation = await BenchConversation.OpenAsync(client, sockets, firstIndex + i, transport, opening.Token);
                    _open.Add(conversation);
                    tally.Add(firstTurn
                        ? await conversation.RunTurnAsync(timeout, ct)
                        : TurnOutcome.Ok(Stopwatch.GetTimestamp() - started));
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    tally.AddOpenFailure(e is OperationCanceledException ? $"opening took over {OpenTimeout.TotalSeconds:0} s" : e.Message);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Min(Parallelism, Math.Max(count, 1))).Select(_ => Task.Run(Worker, CancellationToken.None)));
        ct.ThrowIfCancellationRequested();
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_open.Select(c => c.DisposeAsync().AsTask()));
        _open.Clear();
    }
}
