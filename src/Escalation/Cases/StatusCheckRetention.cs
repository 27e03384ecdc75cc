using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Escalation.Cases;

/// <summary>
/// Deletes wrong status checks (<see cref="StatusCheckFailure"/>) that no longer count: older than
/// <c>Escalation:StatusChecks:Window</c> on the injected clock. Only rows inside the window slow anybody down
/// (<see cref="CaseDesk.CheckStatusAsync"/>), so removing the rest changes no answer; the table stays as small as the
/// guessing of the last quarter of an hour. The host runs a pass with each SLA check.
/// </summary>
public sealed class StatusCheckRetention(IDbContextFactory<EscalationDbContext> factory, TimeProvider clock, IOptions<StatusCheckOptions> options)
{
    /// <summary>One pass; answers how many rows were deleted.</summary>
    public async Task<int> PurgeAsync(CancellationToken ct)
    {
        // "At > now − Window" counts (RetryAtAsync), so a row exactly at the window's edge is already out.
        var before = clock.GetUtcNow() - options.Value.Window;
        await using var db = factory.CreateDbContext();
        return await db.StatusCheckFailures.Where(f => f.At <= before).ExecuteDeleteAsync(ct);
    }
}
