using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AfterSalesBot.Escalation.FollowUps;

public sealed partial class FollowUpScheduler
{
    private const string Actor = "follow-up";

    /// <param name="Version">The item's version after the claim: completing it is conditional on it, so a claim that
    /// expired and was taken over by another instance cannot be completed twice.</param>
    private sealed record Claim(DueFollowUp Item, int Version, bool Cancelled);

    /// <summary>Pending and due (or claimed by an instance whose lease ran out) → Sending, held by this instance, in one
    /// conditional update. Null when another instance claimed it first. A follow-up whose case moved on (reopened,
    /// closed, with a person again) is cancelled instead.</summary>
    private async Task<Claim?> ClaimAsync(Guid id, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var db = factory.CreateDbContext();
        var item = await db.FollowUps.SingleOrDefaultAsync(f => f.Id == id, ct);
        if (item is null || !IsClaimable(item, now)) return null;
        var status = await db.Cases.Where(c => c.Number == item.CaseNumber).Select(c => c.Status).SingleAsync(ct);
        var cancelled = !FollowUpPlan.Open.Contains(status);
        if (cancelled)
        {
            item.Status = FollowUpStatuses.Cancelled;
            item.FinishedAt = now;
            item.LastError = "The case is " + status + ".";
        }
        else
        {
            item.Status = FollowUpStatuses.Sending;
            item.ClaimedBy = Instance;
            item.ClaimedUntil = now + Options.ClaimLease;
            item.Attempts++;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return null; // another instance claimed (or finished) it between our read and our update
        }
        return new Claim(new DueFollowUp(item.Id, item.CaseNumber, item.ConversationId, item.Kind, item.Attempts), item.Version, cancelled);
    }

    private static bool IsClaimable(ScheduledFollowUp item, DateTimeOffset now) =>
        (item.Status == FollowUpStatuses.Pending && item.NextAttemptAt <= now)
        || (item.Status == FollowUpStatuses.Sending && item.ClaimedUntil <= now);

    /// <summary>Sent (and the next step scheduled: the reminder after the question, the unconfirmed close after the
    /// reminder) or not needed (cancelled), in one transaction with the case event.</summary>
    private Task<FollowUpPass> DeliveredAsync(Claim claim, FollowUpDelivery delivery) =>
        CompleteAsync(claim, async (db, item, now) =>
        {
            item.FinishedAt = now;
            item.LastError = null;
            if (delivery == FollowUpDelivery.NotNeeded)
            {
                item.Status = FollowUpStatuses.Cancelled;
                return new FollowUpPass(0, 0, 0, 1);
            }
            item.Status = FollowUpStatuses.Sent;
            FollowUpPlan.AddEvent(db, item.CaseNumber, now, CaseEventKinds.FollowUpSent, Actor, item.Kind);
            var next = item.Kind switch
            {
                FollowUpKinds.Ask => (FollowUpKinds.Reminder, Options.ReminderAfter),
                FollowUpKinds.Reminder => (FollowUpKinds.CloseUnconfirmed, Options.CloseAfter),
                _ => default((string, TimeSpan)?),
            };
            var status = await db.Cases.Where(c => c.Number == item.CaseNumber).Select(c => c.Status).SingleAsync(CancellationToken.None);
            if (next is var (kind, after) && FollowUpPlan.Open.Contains(status))
                db.FollowUps.Add(FollowUpPlan.New(item.CaseNumber, item.ConversationId, kind, now + after, now));
            return new FollowUpPass(1, 0, 0, 0);
        });

    /// <summary>Back to pending after the backoff, or parked (with a case event staff see) after the last attempt.</summary>
    private Task<FollowUpPass> FailedAsync(Claim claim, string error) =>
        CompleteAsync(claim, (db, item, now) =>
        {
            item.LastError = error.Length > 2000 ? error[..2000] : error;
            if (item.Attempts >= Options.MaxAttempts)
            {
                item.Status = FollowUpStatuses.Parked;
                item.FinishedAt = now;
                FollowUpPlan.AddEvent(db, item.CaseNumber, now, CaseEventKinds.FollowUpParked, Actor,
                    $"{item.Kind} after {item.Attempts} attempts: {item.LastError}");
                return Task.FromResult(new FollowUpPass(0, 0, 1, 0));
            }
            item.Status = FollowUpStatuses.Pending;
            item.NextAttemptAt = now + Options.Backoff(item.Attempts);
            return Task.FromResult(new FollowUpPass(0, 1, 0, 0));
        });

    private async Task<FollowUpPass> CompleteAsync(Claim claim, Func<EscalationDbContext, ScheduledFollowUp, DateTimeOffset, Task<FollowUpPass>> complete)
    {
        // The send happened; record it even if the host is stopping, or the item would be sent again after the lease.
        var none = CancellationToken.None;
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(none);
        var item = await db.FollowUps.SingleAsync(f => f.Id == claim.Item.Id, none);
        if (item.Version != claim.Version || item.ClaimedBy != Instance)
        {
            _logger.LogWarning("Follow-up {Id} was claimed again while this instance sent it (the claim outlived its lease).", item.Id);
            return FollowUpPass.None;
        }
        item.ClaimedBy = null;
        item.ClaimedUntil = null;
        var pass = await complete(db, item, time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(none);
            await transaction.CommitAsync(none);
        }
        catch (DbUpdateConcurrencyException)
        {
            return FollowUpPass.None;
        }
        return pass;
    }
}
