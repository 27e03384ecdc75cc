using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AfterSalesBot.Bot.Data;

public sealed partial class StoreWriter
{
    private const string AtRiskSavepoint = "at_risk";

    /// <summary>
    /// As <see cref="WriteAsync(Action{BotDbContext}, CancellationToken, string)"/>, for a write that may collide with
    /// another instance's (ADR 0048: an append to a conversation this instance does not append to alone). In a group it is
    /// saved after the group's other writes, behind a savepoint of the group's transaction: if it collides, only the writes
    /// at risk are rolled back (PostgreSQL would otherwise abort the whole transaction), the colliding ones are found and
    /// fail with the engine's error, the others are saved again, and the group commits once. A write at risk costs its
    /// group two more round trips (the savepoint and a save of its own); a collision no longer fails the group.
    /// </summary>
    public async Task WriteAtRiskAsync(Action<BotDbContext> apply, CancellationToken ct = default, [CallerMemberName] string kind = "")
    {
        var write = new PendingWrite(apply, null, kind, _timing is null ? 0 : Stopwatch.GetTimestamp()) { AtRisk = true };
        await _queue.Writer.WriteAsync(write, ct);
        await write.Committed.Task;
    }

    /// <summary>
    /// Saves <paramref name="atRisk"/> behind a savepoint once the group's other writes are saved, in the same transaction.
    /// Returns the writes that collide (each with the error of the save that failed), which the caller fails after the
    /// commit; the others are saved. Throws, failing the whole group to <see cref="RecoverAsync"/> as before, when the
    /// search cannot name a colliding write (they collide with each other, or with a row committed after the search).
    /// </summary>
    private async Task<Dictionary<PendingWrite, Exception>> SaveAtRiskAsync(BotDbContext db, IDbContextTransaction transaction, List<PendingWrite> atRisk)
    {
        var rejected = new Dictionary<PendingWrite, Exception>();
        var trying = atRisk;
        for (var round = 0; trying.Count > 0; round++)
        {
            var saving = _timing is null ? 0 : Stopwatch.GetTimestamp();
            await transaction.CreateSavepointAsync(AtRiskSavepoint, CancellationToken.None);
            db.ChangeTracker.Clear(); // what the group saved so far, or the rolled-back attempt's entities
            foreach (var write in trying) write.Apply!(db);
            db.ChangeTracker.DetectChanges();
            try
            {
                await db.SaveChangesAsync(CancellationToken.None);
                _timing?.Record("save at risk", saving);
                return rejected;
            }
            catch (DbUpdateException ex) when (round < 2)
            {
                await transaction.RollbackToSavepointAsync(AtRiskSavepoint, CancellationToken.None);
                var searching = _timing is null ? 0 : Stopwatch.GetTimestamp();
                var failing = await FailingWritesAsync(trying);
                _timing?.Record("save at risk, collided and searched", saving);
                _timing?.Record("search at risk", searching);
                if (failing.Count == 0) throw;
                foreach (var write in failing)
                {
                    rejected[write] = ex;
                    _timing?.Record($"rejected at risk {write.Kind}", write.Queued);
                }
                trying = [.. trying.Where(w => !failing.Contains(w))];
            }
        }
        return rejected;
    }
}
