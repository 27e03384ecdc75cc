using AfterSalesBot.Bot.Data;
using AfterSalesBot.Escalation.Data;
using AfterSalesBot.Knowledge.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AfterSalesBot.Bot.Hosting;

/// <summary>Ready only when every module's migrations are applied (with SQL Server the script may not have run yet).</summary>
internal sealed class MigrationsHealthCheck(
    IDbContextFactory<BotDbContext> bot,
    IDbContextFactory<KnowledgeDbContext> knowledge,
    IDbContextFactory<EscalationDbContext> escalation) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = new List<string>();
        await using (var db = bot.CreateDbContext()) pending.AddRange(await db.Database.GetPendingMigrationsAsync(cancellationToken));
        await using (var db = knowledge.CreateDbContext()) pending.AddRange(await db.Database.GetPendingMigrationsAsync(cancellationToken));
        await using (var db = escalation.CreateDbContext()) pending.AddRange(await db.Database.GetPendingMigrationsAsync(cancellationToken));
        return pending.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"Migrations not applied: {string.Join(", ", pending)}.");
    }
}
