using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Tests.Storage;

/// <summary>
/// The group writer's batched statements (ADR 0046) on a real SQLite file (one round trip per group on PostgreSQL, in the
/// subclass, where ADO.NET batches; one statement after the other on SQLite). The writes are queued on a writer that is
/// not running yet, so they are one group. A batch must keep the order in which statements of both kinds were queued,
/// give each write its own statements' rows, and run again, answering from the run that committed, when its group fails.
/// </summary>
public class StoreWriterBatchTests : IAsyncLifetime
{
    private readonly StorageEngine _engine;
    private PostgreSqlDatabase? _postgreSql;
    private PipelineHost _host = null!;

    public StoreWriterBatchTests() : this(StorageEngine.Sqlite)
    {
    }

    protected StoreWriterBatchTests(StorageEngine engine) => _engine = engine;

    public async Task InitializeAsync()
    {
        if (_engine == StorageEngine.PostgreSql) _postgreSql = await PostgreSqlDatabase.CreateAsync("storebatch");
        _host = await PipelineHost.StartAsync(settings: _postgreSql?.Settings());
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        if (_postgreSql is not null) await _postgreSql.DisposeAsync();
    }

    [Fact]
    public async Task BatchedStatementsRunInTheOrderQueuedAmongTheOthersAndEachWriteGetsItsOwnRows()
    {
        await Seed(Entry("t", 1, "a"), Entry("t", 2, "a"), Entry("u", 1, "a"));
        var writer = NewWriter();
        var first = writer.WriteAsync(db => Ids(db, "t", "a").ExecuteUpdateAsync(s => s.SetProperty(t => t.ActivityId, "b")));
        var second = writer.WriteAsync(db => [Renaming(db, "t", "b", "c"), Renaming(db, "u", "none", "x")], (_, rows) => Task.FromResult(rows));
        var third = writer.WriteAsync(db => [Renaming(db, "u", "a", "d")], (_, rows) => Task.FromResult(rows));
        var last = writer.WriteAsync(db => Ids(db, "t", "c").ExecuteUpdateAsync(s => s.SetProperty(t => t.ActivityId, "e")));

        await writer.StartAsync(CancellationToken.None);
        Assert.Equal(2, await first);
        Assert.Equal(new[] { 2, 0 }, await second); // it saw the first write's change
        Assert.Equal(new[] { 1 }, await third);
        Assert.Equal(2, await last); // and the last saw the second's
        await writer.StopAsync(CancellationToken.None);

        Assert.Equal(1, writer.Transactions);
        await using var check = _host.CreateDbContext();
        Assert.Equal(["t/1 e", "t/2 e", "u/1 d"], await check.Transcript.AsNoTracking().OrderBy(t => t.ConversationId).ThenBy(t => t.Sequence)
            .Select(t => t.ConversationId + "/" + t.Sequence + " " + t.ActivityId).ToListAsync());
    }

    [Fact]
    public async Task ABatchInAFailedGroupRunsAgainAndAnswersFromTheRunThatCommitted()
    {
        await Seed(Entry("v", 1, "a"), Entry("taken", 1, "a"));
        var writer = NewWriter();
        var renamed = writer.WriteAsync(db => [Renaming(db, "v", "a", "b")], (_, rows) => Task.FromResult(rows[0]));
        var colliding = writer.WriteAsync(db => db.Transcript.Add(Entry("taken", 1, "another instance's")));

        await writer.StartAsync(CancellationToken.None);
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => colliding);
        // The first run renamed the row too, and was rolled back with the group: a rename that stayed would leave 0 here.
        Assert.Equal(1, await renamed);
        await writer.StopAsync(CancellationToken.None);

        Assert.Equal(1, writer.FailedGroupCommits);
        await using var check = _host.CreateDbContext();
        Assert.Equal("b", (await check.Transcript.AsNoTracking().SingleAsync(t => t.ConversationId == "v")).ActivityId);
    }

    private static IQueryable<TranscriptEntry> Ids(BotDbContext db, string conversationId, string activityId) =>
        db.Transcript.Where(t => t.ConversationId == conversationId && t.ActivityId == activityId);

    /// <summary>Every transcript row of the conversation whose activity id is <paramref name="from"/> gets <paramref name="to"/>.</summary>
    private static RawStatement Renaming(BotDbContext db, string conversationId, string from, string to)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var entity = db.Model.FindEntityType(typeof(TranscriptEntry))!;
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName());
        var id = Column(nameof(TranscriptEntry.ActivityId));
        return new RawStatement($"UPDATE {sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema())} SET {id} = {{0}} "
            + $"WHERE {Column(nameof(TranscriptEntry.ConversationId))} = {{1}} AND {id} = {{2}}", [to, conversationId, from]);
    }

    private async Task Seed(params TranscriptEntry[] entries)
    {
        await using var db = _host.CreateDbContext();
        db.Transcript.AddRange(entries);
        await db.SaveChangesAsync();
    }

    private StoreWriter NewWriter() => new(
        _host.Get<IDbContextFactory<BotDbContext>>(), _host.Get<IOptions<StorageOptions>>(), NullLogger<StoreWriter>.Instance);

    private static TranscriptEntry Entry(string conversationId, long sequence, string activityId) => new()
    {
        ConversationId = conversationId,
        Sequence = sequence,
        ActivityId = activityId,
        Type = "message",
        ChannelId = "msteams",
        Timestamp = DateTimeOffset.UnixEpoch,
        ActivityJson = "{}",
    };
}

public sealed class StoreWriterBatchOnPostgreSqlTests() : StoreWriterBatchTests(StorageEngine.PostgreSql);
