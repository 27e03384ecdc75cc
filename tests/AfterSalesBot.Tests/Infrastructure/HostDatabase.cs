using AfterSalesBot.Bot.Data;
using AfterSalesBot.Escalation.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Infrastructure;

/// <summary>
/// The storage of real hosts (<see cref="BotServer"/>) started by one test, on either engine: a data folder (the SQLite file
/// and the Direct Line signing key) and, on PostgreSQL, a new database. Every server made here shares both, as instances
/// of one deployment do; the test looks into the same database through its own contexts.
/// </summary>
public sealed class HostDatabase : IAsyncDisposable
{
    private readonly PostgreSqlDatabase? _postgreSql;

    private HostDatabase(StorageEngine engine, PostgreSqlDatabase? postgreSql)
    {
        Engine = engine;
        _postgreSql = postgreSql;
    }

    public StorageEngine Engine { get; }

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "asb-test-" + Guid.NewGuid().ToString("N"));

    public static async Task<HostDatabase> CreateAsync(StorageEngine engine, string purpose) =>
        new(engine, engine == StorageEngine.PostgreSql ? await PostgreSqlDatabase.CreateAsync(purpose) : null);

    /// <summary>A host (not started) on this storage, with <paramref name="settings"/> on top.</summary>
    public BotServer NewServer(IDictionary<string, string>? settings = null)
    {
        var environment = new Dictionary<string, string>(settings ?? new Dictionary<string, string>());
        foreach (var (key, value) in _postgreSql?.Environment() ?? []) environment[key] = value;
        return new BotServer(environment, DataDirectory);
    }

    public async Task<BotServer> StartServerAsync(IDictionary<string, string>? settings = null)
    {
        var server = NewServer(settings);
        await server.StartAsync();
        return server;
    }

    public BotDbContext OpenBot() => _postgreSql is { } postgreSql
        ? new PostgreSqlBotDbContext(new DbContextOptionsBuilder<PostgreSqlBotDbContext>().UseNpgsql(postgreSql.ConnectionString).Options)
        : new SqliteBotDbContext(new DbContextOptionsBuilder<SqliteBotDbContext>().UseSqlite(SqliteConnectionString).Options);

    public EscalationDbContext OpenEscalation() => _postgreSql is { } postgreSql
        ? new PostgreSqlEscalationDbContext(new DbContextOptionsBuilder<PostgreSqlEscalationDbContext>()
            .UseNpgsql(postgreSql.ConnectionString, s => s.MigrationsHistoryTable(EscalationDbContext.MigrationsHistoryTable)).Options)
        : new SqliteEscalationDbContext(new DbContextOptionsBuilder<SqliteEscalationDbContext>()
            .UseSqlite(SqliteConnectionString, s => s.MigrationsHistoryTable(EscalationDbContext.MigrationsHistoryTable)).Options);

    private string SqliteConnectionString =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(DataDirectory, "aftersalesbot.db"), Pooling = false }.ToString();

    public async ValueTask DisposeAsync()
    {
        if (_postgreSql is not null) await _postgreSql.DisposeAsync();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }
}
