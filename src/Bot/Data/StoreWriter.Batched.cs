using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace AfterSalesBot.Bot.Data;

public sealed partial class StoreWriter
{
    /// <summary>
    /// Queues <paramref name="statements"/> (conditional updates on rows committed before, as for the overload above) to run
    /// in the next group commit's transaction together with the group's other writes of this kind queued before its next
    /// write of the other kind, in one round trip where the provider batches (<see cref="StatementBatch"/>), then
    /// <paramref name="then"/> with each statement's affected rows, in the same transaction. So statements of both kinds
    /// still run in the order they were queued. As for the other overload, they may run again if the group fails. So a group with many such writes (a delivered outcome per reply, ADR 0046) holds its transaction, and
    /// every turn and accept of the group, for one round trip instead of one per statement.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<BotDbContext, IReadOnlyList<RawStatement>> statements, Func<BotDbContext, int[], Task<T>> then,
        CancellationToken ct = default, [CallerMemberName] string kind = "")
    {
        T result = default!;
        var write = new PendingWrite(null, null, kind, _timing is null ? 0 : Stopwatch.GetTimestamp())
        {
            Batched = statements,
            AfterBatch = async (db, rows) => result = await then(db, rows),
        };
        await _queue.Writer.WriteAsync(write, ct);
        await write.Committed.Task;
        return result;
    }

    /// <summary>The batched statements of <paramref name="writes"/> in one round trip, then each write's continuation with
    /// its own statements' affected rows; empties the list.</summary>
    private async Task RunBatchedAsync(BotDbContext db, List<PendingWrite> writes)
    {
        if (writes.Count == 0) return;
        var running = _timing is null ? 0 : Stopwatch.GetTimestamp();
        var statements = writes.Select(w => w.Batched!(db)).ToList();
        var rows = await StatementBatch.ExecuteAsync(db, [.. statements.SelectMany(s => s)]);
        var at = 0;
        for (var i = 0; i < writes.Count; i++)
        {
            await writes[i].AfterBatch!(db, rows[at..(at + statements[i].Count)]);
            at += statements[i].Count;
        }
        _timing?.Record($"batch of {(writes.Count == 1 ? "1" : "more")}, {writes[0].Kind}", running);
        writes.Clear();
    }
}
