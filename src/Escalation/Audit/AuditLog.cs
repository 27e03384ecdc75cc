using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Escalation.Audit;

/// <summary>Writes and reads the staff audit log (append-only).</summary>
public sealed class AuditLog(IDbContextFactory<EscalationDbContext> factory, TimeProvider time)
{
    public async Task WriteAsync(string actor, string action, string? target = null, string? detail = null, string? remoteAddress = null,
        CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        db.Audit.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            Actor = Clip(actor, 128)!,
            Action = action,
            Target = Clip(target, 256),
            Detail = Clip(detail, 2000),
            RemoteAddress = Clip(remoteAddress, 64),
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string? actor, string? target, int take, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var query = db.Audit.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(actor)) query = query.Where(e => e.Actor == actor);
        if (!string.IsNullOrWhiteSpace(target)) query = query.Where(e => e.Target == target);
        return await query.OrderByDescending(e => e.Id).Take(Math.Clamp(take, 1, 1000)).ToListAsync(ct);
    }

    private static string? Clip(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
