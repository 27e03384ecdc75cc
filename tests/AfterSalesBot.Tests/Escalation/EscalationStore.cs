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

namespace AfterSalesBot.Tests.Escalation;

/// <summary>The real case desk on a fresh SQLite file, migrated as the host migrates it, on a fake clock.</summary>
internal sealed class EscalationStore : IAsyncDisposable
{
    /// <summary>2026-11-22 12:00 in Shanghai.</summary>
    public static readonly DateTimeOffset Noon = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);

    private ServiceProvider _services;
    private readonly Action<EscalationOptions>? _options;
    private readonly Action<FollowUpOptions>? _followUps;

    private EscalationStore(DateTimeOffset start, Action<EscalationOptions>? options, Action<FollowUpOptions>? followUps = null)
    {
        Directory.CreateDirectory(Folder);
        Clock = new FakeTimeProvider(start);
        _options = options;
        _followUps = followUps;
        _services = NewInstance();
    }

    /// <summary>Another instance of the module on the same file and clock, as a second server would be.</summary>
    public ServiceProvider NewInstance()
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(Folder, "escalation.db") }.ToString();
        return new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build())
            .AddEscalationDatabase(new EscalationDatabase(EscalationProvider.Sqlite, connection))
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
    public static async Task<EscalationStore> CreateAsync(DateTimeOffset? start = null, Action<EscalationOptions>? options = null,
        Action<FollowUpOptions>? followUps = null)
    {
        var store = new EscalationStore(start ?? Noon, options, followUps);
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
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
