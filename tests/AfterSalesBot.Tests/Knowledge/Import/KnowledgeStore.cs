using AfterSalesBot.Knowledge.Data;
using AfterSalesBot.Knowledge.Import;
using AfterSalesBot.Knowledge.Search;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Tests.Knowledge.Import;

/// <summary>The real knowledge context on a fresh SQLite file (or PostgreSQL database), migrated as the host migrates it.</summary>
internal sealed class KnowledgeStore : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "asb-knowledge-" + Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;
    private readonly PostgreSqlDatabase? _postgreSql;

    private KnowledgeStore(PostgreSqlDatabase? postgreSql)
    {
        Directory.CreateDirectory(_folder);
        _postgreSql = postgreSql;
        var database = postgreSql is not null
            ? new KnowledgeDatabase(KnowledgeProvider.PostgreSql, postgreSql.ConnectionString)
            : new KnowledgeDatabase(KnowledgeProvider.Sqlite,
                new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "knowledge.db") }.ToString());
        _services = new ServiceCollection().AddKnowledgeDatabase(database)
            .AddSingleton<KnowledgeImporter>().AddSingleton<KnowledgeExporter>().AddKnowledgeSearch().BuildServiceProvider();
    }

    public static async Task<KnowledgeStore> CreateAsync(StorageEngine engine = StorageEngine.Sqlite)
    {
        var store = new KnowledgeStore(engine == StorageEngine.PostgreSql ? await PostgreSqlDatabase.CreateAsync("knowledge") : null);
        await using var db = store.CreateDbContext();
        await db.Database.MigrateAsync();
        return store;
    }

    public KnowledgeImporter Importer => _services.GetRequiredService<KnowledgeImporter>();
    public KnowledgeExporter Exporter => _services.GetRequiredService<KnowledgeExporter>();
    public KnowledgeSearch Search => _services.GetRequiredService<KnowledgeSearch>();

    public IDbContextFactory<KnowledgeDbContext> Factory => _services.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>();

    public KnowledgeDbContext CreateDbContext() => Factory.CreateDbContext();

    public Task<ImportResult> ImportAsync(IReadOnlyList<(string File, AfterSalesBot.Knowledge.KnowledgeDocument Doc)> files, ImportOptions? options = null) =>
        Importer.ImportAsync(files, options ?? new ImportOptions(), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_postgreSql is not null) await _postgreSql.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
