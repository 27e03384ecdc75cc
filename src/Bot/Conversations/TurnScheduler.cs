using System.Collections.Concurrent;

namespace AfterSalesBot.Bot.Conversations;

/// <summary>
/// Runs turns one at a time per conversation, in arrival order, while different conversations run
/// in parallel: each conversation has a chain of tasks, and a new turn is appended to its tail.
/// </summary>
public sealed class TurnScheduler(ILogger<TurnScheduler> logger)
{
    private readonly ConcurrentDictionary<string, Task> _tails = new(StringComparer.Ordinal);
    private int _pending;

    /// <summary>How many scheduled turns have not finished yet.</summary>
    public int Pending => Volatile.Read(ref _pending);

    public Task Schedule(string conversationId, Func<Task> turn)
    {
        Interlocked.Increment(ref _pending);
        var next = _tails.AddOrUpdate(conversationId,
            _ => Run(conversationId, Task.CompletedTask, turn),
            (_, tail) => Run(conversationId, tail, turn));
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
