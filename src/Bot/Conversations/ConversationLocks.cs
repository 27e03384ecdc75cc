namespace AfterSalesBot.Bot.Conversations;

/// <summary>
/// Mutual exclusion per conversation for everything that appends to it (history sequence numbers,
/// commit, publish), so watermarks are committed and published in order. Striped: memory stays
/// bounded however many conversations exist, and a collision only costs a short wait.
/// </summary>
public sealed class ConversationLocks
{
    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, 1024).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<IDisposable> AcquireAsync(string conversationId, CancellationToken ct = default)
    {
        var stripe = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(conversationId) % (uint)_stripes.Length)];
        await stripe.WaitAsync(ct);
        return new Releaser(stripe);
    }

    private sealed class Releaser(SemaphoreSlim stripe) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) stripe.Release();
        }
    }
}
