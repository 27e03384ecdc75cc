using AfterSalesBot.Escalation;
using AfterSalesBot.Escalation.Approvals;
using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Console;
using AfterSalesBot.Escalation.Data;
using AfterSalesBot.Escalation.FollowUps;
using AfterSalesBot.Escalation.Staff;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Escalation;

/// <summary>The real case desk on a fresh SQLite file (or PostgreSQL database), migrated as the host migrates it, on a fake clock.</summary>
internal sealed class EscalationStore : IAsyncDisposable
{
    /// <summary>2026-11-22 12:00 in Shanghai.</summary>
    public static readonly DateTimeOffset Noon = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);

    private ServiceProvider _services;
    private readonly Action<EscalationOptions>? _options;
    private readonly Action<FollowUpOptions>? _followUps;
    private readonly PostgreSqlDatabase? _postgreSql;

    private EscalationStore(DateTimeOffset start, Action<EscalationOptions>? options, Action<FollowUpOptions>? followUps,
        PostgreSqlDatabase? postgreSql)
    {
        Directory.CreateDirectory(Folder);
        _postgreSql = postgreSql;
        Clock = new FakeTimeProvider(start);
        _options = options;
        _followUps = followUps;
        _services = NewInstance();
    }

    /// <summary>Another instance of the module on the same file and clock, as a second server would be.</summary>
    public ServiceProvider NewInstance()
    {
        var database = _postgreSql is { } postgreSql
            ? new EscalationDatabase(EscalationProvider.PostgreSql, postgreSql.ConnectionString)
            : new EscalationDatabase(EscalationProvider.Sqlite,
                new SqliteConnectionStringBuilder { DataSource = Path.Combine(Folder, "escalation.db") }.ToString());
        return new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build())
            .AddEscalationDatabase(database)
            .AddCaseDesk()
            .AddSingleton(Told)
            .AddSingleton<AfterSalesBot.Escalation.Conversations.ICustomerConversations>(Told)
            .Configure<EscalationOptions>(o => _options?.Invoke(o))
            .Configure<FollowUpOptions>(o => _followUps?.Invoke(o))
            // The console's services, registered as AddStaffConsole registers them (without the web parts).
            .AddSingleton<StaffDirectory>()
            .AddSingleton<AuditLog>()
            .AddSingleton<CaseNotes>()
            .AddSingleton<ApprovalDesk>()
            .AddSingleton<CaseFiles>()
            .BuildServiceProvider();
    }

    /// <summary>Stops this instance and starts a fresh one on the same file: nothing in memory survives.</summary>
    public async Task RestartAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _services = NewInstance();
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "asb-escalation-" + Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Clock { get; }

    /// <summary>What the desk told customers (the SLA monitor's safety notices).</summary>
    public RecordingConversations Told { get; } = new();

    public ICaseDesk Desk => _services.GetRequiredService<ICaseDesk>();

    public CaseQueue Queue => _services.GetRequiredService<CaseQueue>();

    public SlaMonitor Sla => _services.GetRequiredService<SlaMonitor>();

    /// <param name="options">Changes to the default <see cref="EscalationOptions"/>.</param>
    /// <param name="followUps">Changes to the default <see cref="FollowUpOptions"/>.</param>
    /// <param name="engine">Where the data is: a SQLite file (default) or a new database on the run's PostgreSQL cluster.</param>
    public static async Task<EscalationStore> CreateAsync(DateTimeOffset? start = null, Action<EscalationOptions>? options = null,
        Action<FollowUpOptions>? followUps = null, StorageEngine engine = StorageEngine.Sqlite)
    {
        var postgreSql = engine == StorageEngine.PostgreSql ? await PostgreSqlDatabase.CreateAsync("escalation") : null;
        var store = new EscalationStore(start ?? Noon, options, followUps, postgreSql);
        await using var db = store.CreateDbContext();
        await db.Database.MigrateAsync();
        return store;
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public EscalationDbContext CreateDbContext() =>
        _services.GetRequiredService<IDbContextFactory<EscalationDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_postgreSql is not null) await _postgreSql.DisposeAsync();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
