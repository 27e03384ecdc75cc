using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Escalation.FollowUps;

/// <summary>What one pass did.</summary>
public sealed record FollowUpPass(int Sent, int Retried, int Parked, int Cancelled)
{
    public static FollowUpPass None { get; } = new(0, 0, 0, 0);

    public static FollowUpPass operator +(FollowUpPass a, FollowUpPass b) =>
        new(a.Sent + b.Sent, a.Retried + b.Retried, a.Parked + b.Parked, a.Cancelled + b.Cancelled);

    public int Total => Sent + Retried + Parked + Cancelled;
}

/// <summary>
/// The durable follow-up scheduler (ADR "durable follow-up scheduler"): one pass claims the due items — each with a
/// conditional update on its <see cref="ScheduledFollowUp.Version"/>, so of several instances on one database exactly
/// one wins — sends each through <see cref="IFollowUpSender"/>, and records the result: sent (and the next item of the
/// follow-up scheduled), cancelled, retried after a doubling backoff, or parked after
/// <see cref="FollowUpOptions.MaxAttempts"/>. An instance that dies mid-send leaves a claim that expires after
/// <see cref="FollowUpOptions.ClaimLease"/>, and the item is claimed again.
/// </summary>
public sealed partial class FollowUpScheduler(
    IDbContextFactory<EscalationDbContext> factory,
    TimeProvider time,
    IOptions<FollowUpOptions> options,
    IFollowUpSender sender,
    ILogger<FollowUpScheduler>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<FollowUpScheduler>.Instance;

    /// <summary>This instance's name on its claims.</summary>
    public string Instance { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    private FollowUpOptions Options => options.Value;

    /// <summary>Sends whatever is due now, one item after another.</summary>
    public async Task<FollowUpPass> RunDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        List<Guid> due;
        await using (var db = factory.CreateDbContext())
            due = await db.FollowUps.AsNoTracking()
                .Where(f => (f.Status == FollowUpStatuses.Pending && f.NextAttemptAt <= now)
                    || (f.Status == FollowUpStatuses.Sending && f.ClaimedUntil <= now))
                .OrderBy(f => f.NextAttemptAt)
                .Select(f => f.Id)
                .Take(Options.BatchSize)
                .ToListAsync(ct);

        var pass = FollowUpPass.None;
        foreach (var id in due)
        {
            var claim = await ClaimAsync(id, ct);
            if (claim is null) continue;
            if (claim.Cancelled)
            {
                pass += new FollowUpPass(0, 0, 0, 1);
                continue;
            }
            pass += await SendAsync(claim, ct);
        }
        return pass;
    }

    private async Task<FollowUpPass> SendAsync(Claim claim, CancellationToken ct)
    {
        FollowUpDelivery delivery;
        try
        {
            delivery = await sender.SendAsync(claim.Item, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            _logger.LogWarning(ex, "Follow-up {Kind} for case {Case} failed (attempt {Attempt}).", claim.Item.Kind, claim.Item.CaseNumber, claim.Item.Attempt);
            return await FailedAsync(claim, ex.Message);
        }
        return await DeliveredAsync(claim, delivery);
    }
}
