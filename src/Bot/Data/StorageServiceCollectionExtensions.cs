using AfterSalesBot.Escalation.Data;
using AfterSalesBot.Knowledge.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Data;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the bot's storage on the configured provider, its writer and its migrator.</summary>
    public static IHostApplicationBuilder AddBotStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();

        switch (options.Provider)
        {
            case StorageProvider.SqlServer:
                AddSqlServer(builder, ServerConnectionString(builder, "SqlServer"));
                break;
            case StorageProvider.PostgreSql:
                AddPostgreSql(builder, ServerConnectionString(builder, "PostgreSql"));
                break;
            default:
                AddSqlite(builder, options);
                break;
        }

        builder.Services.AddSingleton<GroupCommitTiming>();
        builder.Services.AddSingleton<StoreWriter>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<StoreWriter>());
        builder.Services.AddSingleton<DatabaseMigrator>();
        return builder;
    }

    private static string ServerConnectionString(IHostApplicationBuilder builder, string name)
    {
        var connectionString = builder.Configuration.GetConnectionString(name);
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException(
                $"Storage:Provider is {name} but ConnectionStrings:{name} is empty. Set it, e.g. with the environment variable ConnectionStrings__{name}.");
        return connectionString;
    }

    private static void AddSqlServer(IHostApplicationBuilder builder, string connectionString)
    {
        builder.Services.AddPooledDbContextFactory<SqlServerBotDbContext>(o => o.UseSqlServer(connectionString));
        builder.Services.AddSingleton<IDbContextFactory<BotDbContext>>(sp =>
            new UpcastFactory<SqlServerBotDbContext>(sp.GetRequiredService<IDbContextFactory<SqlServerBotDbContext>>()));
        // Each module owns its tables and migrations; they share the database the host was given.
        builder.Services.AddKnowledgeDatabase(new KnowledgeDatabase(KnowledgeProvider.SqlServer, connectionString));
        builder.Services.AddEscalationDatabase(new EscalationDatabase(EscalationProvider.SqlServer, connectionString));
    }

    private static void AddPostgreSql(IHostApplicationBuilder builder, string connectionString)
    {
        builder.Services.AddPooledDbContextFactory<PostgreSqlBotDbContext>(o => o.UseNpgsql(connectionString));
        builder.Services.AddSingleton<IDbContextFactory<BotDbContext>>(sp =>
            new UpcastFactory<PostgreSqlBotDbContext>(sp.GetRequiredService<IDbContextFactory<PostgreSqlBotDbContext>>()));
        builder.Services.AddKnowledgeDatabase(new KnowledgeDatabase(KnowledgeProvider.PostgreSql, connectionString));
        builder.Services.AddEscalationDatabase(new EscalationDatabase(EscalationProvider.PostgreSql, connectionString));
    }

    private static void AddSqlite(IHostApplicationBuilder builder, StorageOptions options)
    {
        PrivateDataFolder.PrepareSqlite(options.DataDirectoryFullPath, options.SqlitePath);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = options.SqlitePath, Pooling = true }.ToString();
        // WAL with SQLite's default synchronous=FULL: every commit is synced before it returns.
        // One writer at a time: a connection that finds the write lock taken waits inside SQLite (busy_timeout),
        // instead of failing back to Microsoft.Data.Sqlite, whose retry loop sleeps 150 ms between tries (ADR 0020).
        builder.Services.AddPooledDbContextFactory<SqliteBotDbContext>(o => o.UseSqlite(connectionString).AddInterceptors(SqliteBusyTimeout.Instance));
        builder.Services.AddSingleton<IDbContextFactory<BotDbContext>>(sp =>
            new UpcastFactory<SqliteBotDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteBotDbContext>>()));
        builder.Services.AddKnowledgeDatabase(new KnowledgeDatabase(KnowledgeProvider.Sqlite, connectionString) { Interceptors = [SqliteBusyTimeout.Instance] });
        builder.Services.AddEscalationDatabase(new EscalationDatabase(EscalationProvider.Sqlite, connectionString) { Interceptors = [SqliteBusyTimeout.Instance] });
    }

    private sealed class UpcastFactory<T>(IDbContextFactory<T> inner) : IDbContextFactory<BotDbContext> where T : BotDbContext
    {
        public BotDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
