using System.Data;
using System.Security.Cryptography;
using System.Text;
using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Escalation.Cases;

internal sealed partial class CaseDesk
{
    /// <summary>
    /// The conversation a case came from, and one that once gave the right digits for it, hear its status at once. Anyone
    /// else first gives the last four digits of the phone on the case; an unknown number and wrong digits answer
    /// <see cref="StatusCheckOutcome.NotMatched"/> alike and are recorded. An asker (conversation) with
    /// <see cref="StatusCheckOptions.MaxWrongChecks"/> of them within the window is refused until the oldest leaves it; a
    /// number with <see cref="StatusCheckOptions.MaxWrongChecksPerCase"/> (from everyone) is refused to askers that have
    /// not proved its digits — so a guesser cannot lock the customer out alone, and never out of a conversation that proved them.
    /// </summary>
    public async Task<CaseStatusAnswer> CheckStatusAsync(CaseStatusCheck check, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentException.ThrowIfNullOrWhiteSpace(check.ConversationId);
        var number = (check.Number ?? "").Trim().ToUpperInvariant();
        var now = time.GetUtcNow();
        await using var db = factory.CreateDbContext();
        var c = await db.Cases.AsNoTracking().SingleOrDefaultAsync(x => x.Number == number, ct);
        if (c is not null && (c.ConversationId == check.ConversationId
            || await db.StatusCheckProofs.AnyAsync(p => p.ConversationId == check.ConversationId && p.CaseNumber == c.Number, ct)))
            return new CaseStatusAnswer(StatusCheckOutcome.Shown, await CustomerViewAsync(db, c, now, ct));

        // Counting the wrong checks and recording this one are one serializable transaction, so simultaneous guesses
        // (two instances, or two requests) cannot all pass the same count: on SQLite it is BEGIN IMMEDIATE (one writer at a
        // time); on SQL Server the loser of the range locks is the deadlock victim, and on PostgreSQL the loser's serializable
        // snapshot fails (40001); either tries again and sees the winner.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var tx = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
                var answer = await CheckDigitsAsync(db, check, c, number, now, ct);
                await tx.CommitAsync(ct);
                return answer;
            }
            catch (Exception ex) when (attempt < MaxCheckAttempts && IsSerializationFailure(ex))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private const int MaxCheckAttempts = 10;

    private async Task<CaseStatusAnswer> CheckDigitsAsync(EscalationDbContext db, CaseStatusCheck check, EscalatedCase? c, string number,
        DateTimeOffset now, CancellationToken ct)
    {
        if (await RetryAtAsync(db, check.ConversationId, number, now, ct) is { } retryAt)
            return new CaseStatusAnswer(StatusCheckOutcome.Throttled, RetryAt: retryAt);
        if (string.IsNullOrWhiteSpace(check.PhoneLastFour)) return new CaseStatusAnswer(StatusCheckOutcome.NeedsPhoneDigits);
        if (c?.PhoneLastFour is { } digits && SameDigits(digits, check.PhoneLastFour.Trim()))
        {
            var asker = Clip(check.ConversationId, 256);
            if (!await db.StatusCheckProofs.AnyAsync(p => p.ConversationId == asker && p.CaseNumber == c.Number, ct))
            {
                db.StatusCheckProofs.Add(new StatusCheckProof { ConversationId = asker, CaseNumber = c.Number, At = now });
                await db.SaveChangesAsync(ct);
            }
            return new CaseStatusAnswer(StatusCheckOutcome.Shown, await CustomerViewAsync(db, c, now, ct));
        }

        db.StatusCheckFailures.Add(new StatusCheckFailure { ConversationId = check.ConversationId, CaseNumber = Clip(number), At = now });
        await db.SaveChangesAsync(ct);
        return new CaseStatusAnswer(StatusCheckOutcome.NotMatched, RetryAt: await RetryAtAsync(db, check.ConversationId, number, now, ct));
    }

    /// <summary>SQL Server's deadlock victim (1205), or PostgreSQL's serialization failure (40001) or deadlock (40P01), as such
    /// or wrapped by EF; SQLite waits for the writer instead.</summary>
    private static bool IsSerializationFailure(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
            if (e is Microsoft.Data.SqlClient.SqlException { Number: 1205 }
                or Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.SerializationFailure or Npgsql.PostgresErrorCodes.DeadlockDetected })
                return true;
        return false;
    }

    /// <summary>When checks are allowed again, or null when they are allowed now: the later of the conversation's and the
    /// number's limits.</summary>
    private async Task<DateTimeOffset?> RetryAtAsync(EscalationDbContext db, string conversationId, string number, DateTimeOffset now,
        CancellationToken ct)
    {
        var limits = statusChecks.Value;
        var since = now - limits.Window;
        var byConversation = await db.StatusCheckFailures.AsNoTracking().Where(f => f.ConversationId == conversationId && f.At > since)
            .OrderByDescending(f => f.At).Select(f => f.At).Take(limits.MaxWrongChecks).ToListAsync(ct);
        var clipped = Clip(number);
        var byNumber = await db.StatusCheckFailures.AsNoTracking().Where(f => f.CaseNumber == clipped && f.At > since)
            .OrderByDescending(f => f.At).Select(f => f.At).Take(limits.MaxWrongChecksPerCase).ToListAsync(ct);
        DateTimeOffset? retry = null;
        foreach (var (recent, limit) in new[] { (byConversation, limits.MaxWrongChecks), (byNumber, limits.MaxWrongChecksPerCase) })
            if (recent.Count >= limit && recent[^1] + limits.Window is var until && (retry is null || until > retry))
                retry = until;
        return retry;
    }

    private async Task<CustomerCaseStatus> CustomerViewAsync(EscalationDbContext db, EscalatedCase c, DateTimeOffset now, CancellationToken ct)
    {
        int? position = CaseStatuses.InQueue.Contains(c.Status) ? await QueuePositionAsync(db, c, ct) : null;
        var agreed = await db.Agreements.AsNoTracking().Where(a => a.CaseNumber == c.Number)
            .OrderByDescending(a => a.AcceptedAt).Select(a => a.RemedyDescription).FirstOrDefaultAsync(ct);
        return new CustomerCaseStatus(c.Number, c.Status, position, c.FirstResponseDue, c.ResolutionDue, _staffed.StaffedAgainAt(now), agreed,
            c.Outcome, c.ResolvedAt, c.Priority);
    }

    /// <summary>Compared in constant time, so the answer's timing says nothing about how many digits were right.</summary>
    private static bool SameDigits(string expected, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(given));

    private static string Clip(string text, int max = 32) => text.Length <= max ? text : text[..max];
}
