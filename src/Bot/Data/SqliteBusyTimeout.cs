using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

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

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Set(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Set(connection);
        return Task.CompletedTask;
    }

    /// <summary>One call into SQLite on the connection's handle, where a <c>PRAGMA busy_timeout</c> statement was built,
    /// prepared, stepped and finalised on every open (ADR 0050): the same setting, without a statement per open.</summary>
    private static void Set(DbConnection connection)
    {
        var sqlite = (SqliteConnection)connection;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_busy_timeout(sqlite.Handle, Milliseconds), sqlite.Handle);
    }
}
