using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Data;

/// <summary>
/// Moves committed pages from the WAL into the database file every second, off the commit path. PASSIVE
/// never blocks the writer or readers; once the WAL is fully checkpointed, SQLite starts it over.
/// </summary>
internal sealed class SqliteCheckpointer(IOptions<StorageOptions> options, TimeProvider clock, ILogger<SqliteCheckpointer> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = options.Value.SqlitePath, Pooling = false }.ToString();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var connection = new SqliteConnection(connectionString);
                    await connection.OpenAsync(stoppingToken);
                    await using var command = connection.CreateCommand();
                    command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
                    await command.ExecuteNonQueryAsync(stoppingToken);
                }
                catch (SqliteException ex)
                {
                    logger.LogWarning(ex, "WAL checkpoint failed; retrying next second.");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
