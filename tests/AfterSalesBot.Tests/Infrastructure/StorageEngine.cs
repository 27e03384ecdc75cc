namespace AfterSalesBot.Tests.Infrastructure;

/// <summary>The engines the storage tests run on: SQLite files, and databases on the run's throwaway
/// <see cref="PostgreSqlCluster"/>. Test classes that run on both have a <c>…OnPostgreSql</c> subclass.</summary>
public enum StorageEngine
{
    Sqlite,
    PostgreSql,
}

/// <summary>One database of a test on <see cref="StorageEngine.PostgreSql"/>: its settings for a host, dropped when done.</summary>
public sealed class PostgreSqlDatabase : IAsyncDisposable
{
    private PostgreSqlDatabase(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    public static async Task<PostgreSqlDatabase> CreateAsync(string purpose) =>
        new(await PostgreSqlCluster.CreateDatabaseAsync(purpose));

    /// <summary>The host's configuration for this database, as environment variables (<see cref="BotServer"/>).</summary>
    public Dictionary<string, string> Environment() => new()
    {
        ["Storage__Provider"] = "PostgreSql",
        ["ConnectionStrings__PostgreSql"] = ConnectionString,
    };

    /// <summary>The same configuration as in-memory settings (<see cref="PipelineHost"/>).</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Storage:Provider"] = "PostgreSql",
        ["ConnectionStrings:PostgreSql"] = ConnectionString,
    };

    public async ValueTask DisposeAsync() => await PostgreSqlCluster.DropDatabaseAsync(ConnectionString);
}
