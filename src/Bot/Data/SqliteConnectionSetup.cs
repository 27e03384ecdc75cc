using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AfterSalesBot.Bot.Data;

/// <summary>
/// Per-connection SQLite settings. Automatic WAL checkpoints are off: by default the commit that crosses
/// 1,000 WAL pages also copies them into the database file and syncs it, stalling every turn waiting on
/// that commit. <see cref="SqliteCheckpointer"/> checkpoints in the background instead.
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSetup Instance = new();
    private const string Pragmas = "PRAGMA wal_autocheckpoint=0; PRAGMA synchronous=FULL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
