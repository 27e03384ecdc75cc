using AfterSalesBot.Escalation.Data;
using AfterSalesBot.Escalation.FollowUps;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Escalation.Cases;

internal sealed partial class CaseDesk : IFollowUpDesk
{
    private const string Customer = "customer";

    public Task<FollowUpAnswer> SolvedAsync(string number, string? answerKey, CancellationToken ct) =>
        AnswerAsync(number, FollowUpOutcomes.Solved, answerKey, (_, c, now) =>
        {
            Settle(c, now, "Remedy confirmed by the customer");
            c.Close();
            return Task.FromResult(new FollowUpAnswer(true, CaseStatus.Closed));
        }, ct);

    public Task<FollowUpAnswer> UnconfirmedAsync(string number, CancellationToken ct) =>
        AnswerAsync(number, FollowUpOutcomes.Unconfirmed, null, (_, c, now) =>
        {
            Settle(c, now, "Unconfirmed: no answer to the follow-up");
            c.Close();
            return Task.FromResult(new FollowUpAnswer(true, CaseStatus.Closed));
        }, ct);

    public Task<FollowUpAnswer> NotSolvedAsync(string number, string? answerKey, CancellationToken ct) =>
        AnswerAsync(number, FollowUpOutcomes.NotSolved, answerKey, async (db, c, now) =>
        {
            Settle(c, now, "Remedy did not work");
            // A repeat failure: raised priority, and a person owes a fresh first response (DOMAIN.md §2 step 6); on business
            // hours when the desk counts them (CaseDeadlines), as for any case it opens. The console's reopen is the same call.
            c.Reopen(_deadlines, now, followUps.Value.ReopenResponseHours, followUps.Value.ReopenResolutionHours);
            var position = await QueuePositionAsync(db, c, ct) + 1;
            c.LastToldPosition = position;
            return new FollowUpAnswer(true, CaseStatus.Reopened, c.FirstResponseDue, position, _staffed.StaffedAgainAt(now));
        }, ct);

    public async Task<bool> RateAsync(string number, int rating, string? comment, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rating, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rating, 5);
        var wanted = number.Trim().ToUpperInvariant();
        var now = time.GetUtcNow();
        await using var db = factory.CreateDbContext();
        var result = await db.FollowUpResults
            .Where(r => r.CaseNumber == wanted && r.Outcome == FollowUpOutcomes.Solved && r.Rating == null)
            .OrderByDescending(r => r.At).FirstOrDefaultAsync(ct);
        if (result is null) return false;
        result.Rating = rating;
        result.Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim()[..Math.Min(comment.Trim().Length, 2000)];
        result.RatedAt = now;
        FollowUpPlan.AddEvent(db, wanted, now, CaseEventKinds.Rated, Customer, rating + "/5");
        await db.SaveChangesAsync(ct);
        changes.Raise(wanted, CaseEventKinds.Rated);
        return true;
    }

    /// <summary>The remedy was carried out: a case whose action was still pending (or with the bot) is resolved first.</summary>
    private static void Settle(EscalatedCase c, DateTimeOffset now, string outcome)
    {
        if (c.Status == CaseStatus.Resolved) return;
        c.Resolve(outcome, now);
    }

    private async Task<FollowUpAnswer> AnswerAsync(string number, string outcome, string? answerKey,
        Func<EscalationDbContext, EscalatedCase, DateTimeOffset, Task<FollowUpAnswer>> answer, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        var wanted = number.Trim().ToUpperInvariant();
        var now = time.GetUtcNow();
        await using var db = factory.CreateDbContext();
        if (answerKey is not null && await ReplayedAnswerAsync(db, answerKey, ct) is { } replayed) return replayed;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var c = await db.Cases.SingleOrDefaultAsync(x => x.Number == wanted, ct);
        if (c is null || !FollowUpPlan.Open.Contains(c.Status)) return new FollowUpAnswer(false, c?.Status);
        FollowUpAnswer result;
        try
        {
            result = await answer(db, c, now);
        }
        catch (CaseTransitionException)
        {
            return new FollowUpAnswer(false, c.Status);
        }
        db.FollowUpResults.Add(new FollowUpResult { Id = Guid.CreateVersion7(now), CaseNumber = c.Number, Outcome = outcome, At = now, AnswerKey = answerKey });
        FollowUpPlan.AddEvent(db, c.Number, now, CaseEventKinds.FollowUpAnswered, Customer, outcome);
        FollowUpPlan.AddEvent(db, c.Number, now, outcome == FollowUpOutcomes.NotSolved ? CaseEventKinds.Reopened : CaseEventKinds.Closed,
            outcome == FollowUpOutcomes.Unconfirmed ? "follow-up" : Customer,
            outcome == FollowUpOutcomes.NotSolved ? $"not solved at the follow-up; priority {c.Priority}" : outcome);
        await FollowUpPlan.CancelPendingAsync(db, c.Number, now, "Answered: " + outcome, ct);
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new FollowUpAnswer(false, c.Status); // a person changed the case at the same moment
        }
        catch (DbUpdateException) when (answerKey is not null)
        {
            // The same turn's answer committed meanwhile (a zombie run of a replayed turn): its answer stands.
            await using var fresh = factory.CreateDbContext();
            if (await ReplayedAnswerAsync(fresh, answerKey, ct) is { } first) return first;
            throw;
        }
        changes.Raise(c.Number, outcome == FollowUpOutcomes.NotSolved ? CaseEventKinds.Reopened : CaseEventKinds.Closed);
        return result;
    }

    /// <summary>The answer a turn with this key already gave, read back from the case it changed; null when there is none.
    /// A reopened case reports the deadline and place it was given then, not the ones it has now.</summary>
    private async Task<FollowUpAnswer?> ReplayedAnswerAsync(EscalationDbContext db, string answerKey, CancellationToken ct)
    {
        var given = await db.FollowUpResults.AsNoTracking().Where(r => r.AnswerKey == answerKey)
            .Select(r => new { r.CaseNumber, r.Outcome, r.At }).SingleOrDefaultAsync(ct);
        if (given is null) return null;
        var c = await db.Cases.AsNoTracking().SingleAsync(x => x.Number == given.CaseNumber, ct);
        return given.Outcome == FollowUpOutcomes.NotSolved
            ? new FollowUpAnswer(true, CaseStatus.Reopened, c.FirstResponseDue, c.LastToldPosition, _staffed.StaffedAgainAt(given.At))
            : new FollowUpAnswer(true, CaseStatus.Closed);
    }
}
