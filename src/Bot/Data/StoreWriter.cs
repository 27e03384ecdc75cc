using System.Diagnostics;
using System.Runtime.CompilerServices;
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
/// <param name="timing">Optional profiling (ADR 0046): off unless its category logs at Information.</param>
public sealed partial class StoreWriter(IDbContextFactory<BotDbContext> factory, IOptions<StorageOptions> options, ILogger<StoreWriter> logger,
    GroupCommitTiming? timing = null)
    : BackgroundService
{
    private readonly GroupCommitTiming? _timing = timing is { Enabled: true } ? timing : null;

    private readonly Channel<PendingWrite> _queue = Channel.CreateBounded<PendingWrite>(
        new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private long _transactions;
    private long _failedGroupCommits;

    /// <summary>Transactions tried since start, committed or not: one per group, more when a group fails.</summary>
    public long Transactions => Interlocked.Read(ref _transactions);

    /// <summary>Groups of more than one write whose transaction failed, so that their writes were tried again.</summary>
    public long FailedGroupCommits => Interlocked.Read(ref _failedGroupCommits);

    /// <summary>Writes queued for the next group (tests: to know that a group will hold them all).</summary>
    internal int Queued => _queue.Reader.Count;

    /// <summary>Queues <paramref name="apply"/> (which only adds or attaches entities) and completes once committed.</summary>
    /// <remarks><paramref name="ct"/> can stop the wait for room in the queue, not the wait for the commit: once queued the
    /// write is committed (or fails) whatever the caller does, and a caller that stopped waiting would not know which. A
    /// turn that gave up early would leave its conversation's lock with its sequence still queued, and the next append
    /// would hand that sequence out again.</remarks>
    /// <param name="kind">What the write is, for <see cref="GroupCommitTiming"/>: the calling method.</param>
    public async Task WriteAsync(Action<BotDbContext> apply, CancellationToken ct = default, [CallerMemberName] string kind = "")
    {
        var write = new PendingWrite(apply, null, kind, _timing is null ? 0 : Stopwatch.GetTimestamp());
        await _queue.Writer.WriteAsync(write, ct);
        await write.Committed.Task;
    }

    /// <summary>
    /// Queues <paramref name="statements"/> (conditional updates or deletes, e.g. <c>ExecuteUpdate</c>, on rows committed
    /// before) to run inside the next group commit's transaction, and returns their result once it is committed. So the
    /// outbox's claims and outcomes take no write lock of their own beside the turns' (ADR 0026). If the group fails they
    /// run again in a fresh transaction (with fewer neighbours, or alone), and the result is the one that committed; they
    /// must not capture state that a rolled-back run would leave changed. <paramref name="ct"/> as for the other overload.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<BotDbContext, Task<T>> statements, CancellationToken ct = default, [CallerMemberName] string kind = "")
    {
        T result = default!;
        var write = new PendingWrite(null, async db => result = await statements(db), kind, _timing is null ? 0 : Stopwatch.GetTimestamp());
        await _queue.Writer.WriteAsync(write, ct);
        await write.Committed.Task;
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
                var started = _timing is null ? 0 : Stopwatch.GetTimestamp();
                foreach (var write in batch) _timing?.Record($"queued {write.Kind}", write.Queued);
                await CommitAsync(batch);
                if (_timing is not null)
                {
                    _timing.Record(batch.Count == 1 ? "group of 1" : "group of more", started);
                    _timing.ReportIfDue();
                }
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        // Nothing is queued after this (a write offered now fails at once instead of waiting for a commit that never
        // comes), and what was queued before is committed, so no caller waits forever.
        _queue.Writer.TryComplete();
        while (_queue.Reader.TryRead(out var left)) batch.Add(left);
        if (batch.Count > 0) await CommitAsync(batch);
    }

    /// <param name="isolations">How many more times a failed group may be searched for the writes that failed it
    /// (<see cref="FailingWritesAsync"/>) before it is halved instead.</param>
    private async Task CommitAsync(List<PendingWrite> batch, int isolations = 3)
    {
        var trying = _timing is null ? 0 : Stopwatch.GetTimestamp();
        try
        {
            var rejected = await SaveAsync(batch);
            foreach (var write in batch)
            {
                if (rejected?.GetValueOrDefault(write) is { } collision)
                {
                    write.Committed.TrySetException(collision);
                    continue;
                }
                _timing?.Record($"committed {write.Kind}", write.Queued);
                write.Committed.TrySetResult();
            }
        }
        catch (Exception ex) when (batch.Count > 1)
        {
            _timing?.Record("failed group, until the failure", trying);
            var recovering = _timing is null ? 0 : Stopwatch.GetTimestamp();
            await RecoverAsync(batch, isolations, ex);
            _timing?.Record("failed group, recovering", recovering);
        }
        catch (Exception ex)
        {
            _timing?.Record($"failed single write {batch[0].Kind}", trying);
            batch[0].Committed.TrySetException(ex);
        }
    }

    /// <summary>The rows a failed save names (entity, key, state), so the log says which write failed its group.</summary>
    private static string RowsNamedBy(Exception ex) => ex is DbUpdateException { Entries.Count: > 0 } update
        ? string.Join("; ", update.Entries.Select(e => $"{e.Metadata.ClrType.Name} {string.Join("/",
            e.Metadata.FindPrimaryKey()?.Properties.Select(p => e.Property(p.Name).CurrentValue) ?? [])} {e.State}"))
        : "no row named";

    /// <returns>The writes at risk that collided (ADR 0048), each with its error, which the caller fails; null when none.</returns>
    private async Task<Dictionary<PendingWrite, Exception>?> SaveAsync(IReadOnlyList<PendingWrite> writes)
    {
        Interlocked.Increment(ref _transactions);
        await using var db = factory.CreateDbContext();
        // Writes only add or attach entities with their changes marked, so scanning for changes is wasted work.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // Alone, a write at risk is a group of its own: its collision fails nothing else, so it needs no savepoint.
        var atRisk = writes.Count > 1 ? writes.Where(w => w.AtRisk).ToList() : [];
        if (atRisk.Count == 0 && !writes.Any(w => w.Statements is not null || w.Batched is not null))
        {
            foreach (var write in writes) write.Apply!(db);
            db.ChangeTracker.DetectChanges();
            var saving = _timing is null ? 0 : Stopwatch.GetTimestamp();
            // SaveChanges wraps everything in one transaction.
            await db.SaveChangesAsync(CancellationToken.None);
            _timing?.Record("save and commit, no statements", saving);
            return null;
        }
        // Statements run at once, the entities at SaveChanges: one transaction holds both. Statements only touch rows
        // committed by earlier groups, so running them before this group's inserts changes nothing they see.
        var began = _timing is null ? 0 : Stopwatch.GetTimestamp();
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        _timing?.Record("begin", began);
        // The writes at risk set their own savepoint; EF's automatic one around the group's save would only add statements.
        if (atRisk.Count > 0) db.Database.AutoSavepointsEnabled = false;
        var batched = new List<PendingWrite>();
        foreach (var write in writes)
        {
            if (write.AtRisk && atRisk.Count > 0) continue;
            write.Apply?.Invoke(db);
            if (write.Batched is not null) batched.Add(write);
            if (write.Statements is not { } statements) continue;
            await RunBatchedAsync(db, batched);
            var running = _timing is null ? 0 : Stopwatch.GetTimestamp();
            await statements(db);
            _timing?.Record($"statements {write.Kind}", running);
        }
        await RunBatchedAsync(db, batched);
        db.ChangeTracker.DetectChanges();
        var savingAfter = _timing is null ? 0 : Stopwatch.GetTimestamp();
        await db.SaveChangesAsync(CancellationToken.None);
        _timing?.Record("save, after statements", savingAfter);
        var rejected = atRisk.Count > 0 ? await SaveAtRiskAsync(db, transaction, atRisk) : null;
        var committing = _timing is null ? 0 : Stopwatch.GetTimestamp();
        await transaction.CommitAsync(CancellationToken.None);
        _timing?.Record("commit, after statements", committing);
        return rejected;
    }

    private sealed class PendingWrite(Action<BotDbContext>? apply, Func<BotDbContext, Task>? statements, string kind = "", long queued = 0)
    {
        /// <summary>The calling method, and when it queued the write (a <see cref="Stopwatch"/> time stamp; 0 when not timed).</summary>
        public string Kind { get; } = kind;
        public long Queued { get; } = queued;
        /// <summary>Statements to batch with the group's others (<see cref="RunBatchedAsync"/>), and what to do with their rows.</summary>
        public Func<BotDbContext, IReadOnlyList<RawStatement>>? Batched { get; init; }
        public Func<BotDbContext, int[], Task>? AfterBatch { get; init; }
        /// <summary>May collide with another instance's write: saved behind a savepoint in a group (ADR 0048).</summary>
        public bool AtRisk { get; init; }

        public Action<BotDbContext>? Apply { get; } = apply;
        public Func<BotDbContext, Task>? Statements { get; } = statements;
        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
