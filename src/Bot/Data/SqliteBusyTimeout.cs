using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AfterSalesBot.Bot.Data;

/// <summary>
/// Sets SQLite's <c>busy_timeout</c> on every connection the contexts open. Without it SQLite answers SQLITE_BUSY at
/// once when another connection holds the write lock, and Microsoft.Data.Sqlite retries after sleeping 150 ms: under
/// load every collision between the group writer, the outbox and the pollers cost a sleep (ADR 0020). With it, SQLite
/// waits for the lock itself, in steps of a few milliseconds, for up to <see cref="Milliseconds"/>.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public const int Milliseconds = 30_000;

    public static SqliteBusyTimeout Instance { get; } = new();

    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
