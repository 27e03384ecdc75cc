using AfterSalesBot.Bot.Data;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Storage;

/// <summary>
/// Every connection the bot's contexts open waits for SQLite's write lock itself (ADR 0020) instead of failing at once and
/// leaving Microsoft.Data.Sqlite to sleep 150 ms: on the first open of a pooled connection and on every open after it.
/// </summary>
public sealed class SqliteBusyTimeoutTests
{
    [Fact]
    public async Task EveryOpenOfAContextsConnectionWaitsThirtySecondsForTheWriteLock()
    {
        await using var host = await PipelineHost.StartAsync();

        for (var open = 0; open < 3; open++)
        {
            await using var db = host.CreateDbContext();
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA busy_timeout;";
            Assert.Equal((long)SqliteBusyTimeout.Milliseconds, await command.ExecuteScalarAsync());
        }
    }
}
