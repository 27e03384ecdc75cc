using System.Collections.Concurrent;

namespace AfterSalesBot.Bot.Conversations;

/// <summary>
/// Runs turns one at a time per conversation, in arrival order, while different conversations run
/// in parallel: each conversation has a chain of tasks, and a new turn is appended to its tail.
/// </summary>
public sealed class TurnScheduler(ILogger<TurnScheduler> logger)
{
    private readonly ConcurrentDictionary<string, Task> _tails = new(StringComparer.Ordinal);
    private readonly Lock _scheduling = new();
    private int _pending;

    /// <summary>How many scheduled turns have not finished yet.</summary>
    public int Pending => Volatile.Read(ref _pending);

    public Task Schedule(string conversationId, Func<Task> turn)
    {
        Interlocked.Increment(ref _pending);
        Task next;
        // Not AddOrUpdate: it calls its factory again when another thread changed the entry in between (another schedule,
        // or a finished chain removing itself), and each call of Run starts a link. The discarded link still ran the turn,
        // behind the old tail and beside the new one: the same turn twice at once, the second fenced off by the first's
        // commit ("Group commit of N writes failed" on a single instance, ADR 0036). Run returns at its first await, so
        // the lock is held for microseconds.
        lock (_scheduling)
        {
            next = Run(conversationId, _tails.TryGetValue(conversationId, out var tail) ? tail : Task.CompletedTask, turn);
            _tails[conversationId] = next;
        }
        // Forget the chain once this is still its last link, so idle conversations cost nothing.
        _ = next.ContinueWith(
            t => _tails.TryRemove(new KeyValuePair<string, Task>(conversationId, t)),
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return next;
    }

    private async Task Run(string conversationId, Task previous, Func<Task> turn)
    {
        try
        {
            await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await Task.Yield();
            await turn();
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "A turn of conversation {ConversationId} failed.", conversationId);
        }
        finally
        {
            Interlocked.Decrement(ref _pending);
        }
    }
}
