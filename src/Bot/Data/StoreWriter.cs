using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Data;

/// <summary>
/// The single writer. Callers hand it the changes of one unit of work and await the commit; it
/// commits whatever is queued together in one transaction (group commit), so every turn is durable
/// before it is acknowledged while the disk sees one sync per batch rather than per turn. SQLite has
/// one writer anyway; funnelling writes here also removes SQLITE_BUSY contention.
/// </summary>
public sealed class StoreWriter(IDbContextFactory<BotDbContext> factory, IOptions<StorageOptions> options, ILogger<StoreWriter> logger)
    : BackgroundService
{
    private readonly Channel<PendingWrite> _queue = Channel.CreateBounded<PendingWrite>(
        new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private long _transactions;
    private long _failedGroupCommits;

    /// <summary>Transactions tried since start, committed or not: one per group, more when a group fails.</summary>
    public long Transactions => Interlocked.Read(ref _transactions);

    /// <summary>Groups of more than one write whose transaction failed, so that their writes were tried again.</summary>
    public long FailedGroupCommits => Interlocked.Read(ref _failedGroupCommits);

    /// <summary>Queues <paramref name="apply"/> (which only adds or attaches entities) and completes once committed.</summary>
    public async Task WriteAsync(Action<BotDbContext> apply, CancellationToken ct = default)
    {
        var write = new PendingWrite(apply, null);
        await _queue.Writer.WriteAsync(write, ct);
        await write.Committed.Task.WaitAsync(ct);
    }

    /// <summary>
    /// Queues <paramref name="statements"/> (conditional updates or deletes, e.g. <c>ExecuteUpdate</c>, on rows committed
    /// before) to run inside the next group commit's transaction, and returns their result once it is committed. So the
    /// outbox's claims and outcomes take no write lock of their own beside the turns' (ADR 0026). If the group fails they
    /// run again alone, in a fresh transaction, and the result is the one that committed; they must not capture state that a
    /// rolled-back run would leave changed.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<BotDbContext, Task<T>> statements, CancellationToken ct = default)
    {
        T result = default!;
        var write = new PendingWrite(null, async db => result = await statements(db));
        await _queue.Writer.WriteAsync(write, ct);
        await write.Committed.Task.WaitAsync(ct);
        return result;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingWrite>(options.Value.MaxBatchSize);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < options.Value.MaxBatchSize && _queue.Reader.TryRead(out var write)) batch.Add(write);
                await CommitAsync(batch);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        // Drain what was queued before shutdown so no caller waits forever.
        while (_queue.Reader.TryRead(out var left)) batch.Add(left);
        if (batch.Count > 0) await CommitAsync(batch);
    }

    private async Task CommitAsync(List<PendingWrite> batch)
    {
        try
        {
            await SaveAsync(batch);
            foreach (var write in batch) write.Committed.TrySetResult();
        }
        catch (Exception ex) when (batch.Count > 1)
        {
            Interlocked.Increment(ref _failedGroupCommits);
            // One bad unit of work must not fail its neighbours: retry each alone to isolate it.
            logger.LogWarning(ex, "Group commit of {Count} writes failed; committing them one by one.", batch.Count);
            foreach (var write in batch)
            {
                try
                {
                    await SaveAsync([write]);
                    write.Committed.TrySetResult();
                }
                catch (Exception single)
                {
                    write.Committed.TrySetException(single);
                }
            }
        }
        catch (Exception ex)
        {
            batch[0].Committed.TrySetException(ex);
        }
    }

    private async Task SaveAsync(IReadOnlyList<PendingWrite> writes)
    {
        Interlocked.Increment(ref _transactions);
        await using var db = factory.CreateDbContext();
        // Writes only add or attach entities with their changes marked, so scanning for changes is wasted work.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        if (!writes.Any(w => w.Statements is not null))
        {
            foreach (var write in writes) write.Apply!(db);
            db.ChangeTracker.DetectChanges();
            // SaveChanges wraps everything in one transaction.
            await db.SaveChangesAsync(CancellationToken.None);
            return;
        }
        // Statements run at once, the entities at SaveChanges: one transaction holds both. Statements only touch rows
        // committed by earlier groups, so running them before this group's inserts changes nothing they see.
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        foreach (var write in writes)
        {
            write.Apply?.Invoke(db);
            if (write.Statements is { } statements) await statements(db);
        }
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
    }

    private sealed class PendingWrite(Action<BotDbContext>? apply, Func<BotDbContext, Task>? statements)
    {
        public Action<BotDbContext>? Apply { get; } = apply;
        public Func<BotDbContext, Task>? Statements { get; } = statements;
        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
