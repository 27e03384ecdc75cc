using AfterSalesBot.Escalation.Data;
using AfterSalesBot.Knowledge.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Data;

/// <summary>Brings every module's tables up to date at start-up (SQLite) and switches SQLite to WAL.</summary>
public sealed class DatabaseMigrator(
    IDbContextFactory<BotDbContext> factory,
    IDbContextFactory<KnowledgeDbContext> knowledge,
    IDbContextFactory<EscalationDbContext> escalation,
    IOptions<StorageOptions> options,
    ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken ct)
    {
        logger.LogInformation("{Data}", options.Value.Describe());
        if (!options.Value.MigrateOnStartup)
        {
            logger.LogInformation("Migrations at start-up are off; the database must be migrated by the documented script.");
            return;
        }
        await using var db = factory.CreateDbContext();
        await db.Database.MigrateAsync(ct);
        await using (var knowledgeDb = knowledge.CreateDbContext()) await knowledgeDb.Database.MigrateAsync(ct);
        await using (var escalationDb = escalation.CreateDbContext()) await escalationDb.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers (polling, transcripts) run beside the single writer. The journal mode is
            // a property of the file, so setting it once here is enough. This is SQLite-only by design.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        logger.LogInformation("Database ready ({Provider}).", db.Database.ProviderName);
    }
}
