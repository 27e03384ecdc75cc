using AfterSalesBot.Bot.Data;
using AfterSalesBot.Escalation.Data;
using AfterSalesBot.Knowledge.Data;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace AfterSalesBot.Tests.Storage;

/// <summary>The host's own migrator on an empty database of the run's PostgreSQL cluster: every module's migrations.</summary>
public sealed class PostgreSqlMigrationTests
{
    [Fact]
    public async Task EveryModuleMigratesAnEmptyDatabaseEachWithItsOwnHistoryTable()
    {
        await using var database = await PostgreSqlDatabase.CreateAsync("migrations");
        await using var host = await PipelineHost.StartAsync(settings: database.Settings());

        await using var bot = host.CreateDbContext();
        await using var knowledge = host.Get<IDbContextFactory<KnowledgeDbContext>>().CreateDbContext();
        await using var escalation = host.Get<IDbContextFactory<EscalationDbContext>>().CreateDbContext();
        Assert.IsType<PostgreSqlBotDbContext>(bot);
        Assert.IsType<PostgreSqlKnowledgeDbContext>(knowledge);
        Assert.IsType<PostgreSqlEscalationDbContext>(escalation);
        foreach (DbContext db in new DbContext[] { bot, knowledge, escalation })
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Contains(await db.Database.GetAppliedMigrationsAsync(), m => m.EndsWith("_Initial", StringComparison.Ordinal));
        }
        var tables = await bot.Database.SqlQueryRaw<string>(
            "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public'").ToListAsync();
        Assert.Superset(new HashSet<string>([
            "__EFMigrationsHistory", KnowledgeDbContext.MigrationsHistoryTable, EscalationDbContext.MigrationsHistoryTable,
            "Conversations", "TranscriptEntries", "Outbox", "Products", "Articles", "Cases", "CaseEvents", "StaffAccounts",
        ]), tables.ToHashSet());
    }

    [Fact]
    public async Task ASecondStartOnTheSameDatabaseFindsNothingToMigrate()
    {
        await using var database = await PostgreSqlDatabase.CreateAsync("migrations");
        await (await PipelineHost.StartAsync(settings: database.Settings())).DisposeAsync();

        await using var again = await PipelineHost.StartAsync(settings: database.Settings());

        await using var escalation = again.Get<IDbContextFactory<EscalationDbContext>>().CreateDbContext();
        Assert.Equal(
            escalation.Database.GetMigrations(), await escalation.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public void WithoutAConnectionStringTheHostRefusesToStartAndSaysWhichSettingIsMissing()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "PostgreSql" });
            builder.AddBotStorage();
        });

        Assert.Contains("ConnectionStrings:PostgreSql is empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__PostgreSql", error.Message, StringComparison.Ordinal);
    }
}
