using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Tests.Storage;

/// <summary>
/// Writes at risk of a collision (ADR 0048: an append to a conversation another instance may append to) are saved behind
/// a savepoint inside their group's transaction, on a real SQLite file and (subclass) on PostgreSQL, where a failed
/// statement aborts the whole transaction unless it is rolled back to a savepoint. The writes are queued on a writer that
/// is not running yet, so they are one group. A colliding write at risk must fail alone without failing its group: one
/// transaction for the lot, nothing the others wrote repeated or lost.
/// </summary>
public class StoreWriterAtRiskTests : IAsyncLifetime
{
    private readonly StorageEngine _engine;
    private PostgreSqlDatabase? _postgreSql;
    private PipelineHost _host = null!;

    public StoreWriterAtRiskTests() : this(StorageEngine.Sqlite)
    {
    }

    protected StoreWriterAtRiskTests(StorageEngine engine) => _engine = engine;

    public async Task InitializeAsync()
    {
        if (_engine == StorageEngine.PostgreSql) _postgreSql = await PostgreSqlDatabase.CreateAsync("storeatrisk");
        _host = await PipelineHost.StartAsync(settings: _postgreSql?.Settings());
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        if (_postgreSql is not null) await _postgreSql.DisposeAsync();
    }

    [Fact]
    public async Task ACollidingWriteAtRiskFailsAloneAndItsGroupCommitsInOneTransaction()
    {
        await using (var db = _host.CreateDbContext())
        {
            db.Transcript.Add(Entry("taken", 1));
            db.Conversations.Add(new ConversationRecord { Id = "fenced", ChannelId = "directline", TurnCount = 3 });
            await db.SaveChangesAsync();
        }
        var writer = NewWriter();
        var fine = Enumerable.Range(0, 8).Select(i => writer.WriteAsync(db => Accept(db, $"fine-{i}", 1))).ToList();
        var fineAtRisk = Enumerable.Range(0, 4).Select(i => writer.WriteAtRiskAsync(db => Accept(db, $"risky-{i}", 1))).ToList();
        // Another instance committed this sequence; another instance ran the turn this update was computed from.
        var taken = writer.WriteAtRiskAsync(db => Accept(db, "taken", 1));
        var fencedOff = writer.WriteAtRiskAsync(db => db.Conversations.Update(new ConversationRecord { Id = "fenced", ChannelId = "directline", TurnCount = 4 })
            .Property(c => c.TurnCount).OriginalValue = 2);

        await writer.StartAsync(CancellationToken.None);
        await Task.WhenAll(fine.Concat(fineAtRisk));
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => taken);
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => fencedOff);
        await writer.StopAsync(CancellationToken.None);

        // Before ADR 0048: the failed group, the others together, and each colliding write alone (1 + 1 + 2).
        Assert.Equal(0, writer.FailedGroupCommits);
        Assert.Equal(1, writer.Transactions);
        await using var check = _host.CreateDbContext();
        Assert.Equal(12, await check.Inbox.CountAsync());
        Assert.Equal(13, await check.Transcript.CountAsync());
        Assert.False(await check.Inbox.AnyAsync(i => i.ConversationId == "taken"));
        Assert.Equal(3, (await check.Conversations.SingleAsync(c => c.Id == "fenced")).TurnCount);
    }

    [Fact]
    public async Task WritesAtRiskThatCollideWithEachOtherFallBackToTheGroupsRecovery()
    {
        // Two writes of one group handed one sequence (not a collision with another instance): the search of the writes
        // at risk finds neither committed, so the group fails and is recovered as before; one of the two commits.
        var writer = NewWriter();
        var fine = writer.WriteAsync(db => Accept(db, "fine", 1));
        var first = writer.WriteAtRiskAsync(db => db.Transcript.Add(Entry("twice", 1)));
        var second = writer.WriteAtRiskAsync(db => db.Transcript.Add(Entry("twice", 1)));

        await writer.StartAsync(CancellationToken.None);
        await fine;
        var outcomes = await Task.WhenAll(Outcome(first), Outcome(second));
        await writer.StopAsync(CancellationToken.None);

        Assert.Equal(1, outcomes.Count(committed => committed));
        Assert.Equal(1, writer.FailedGroupCommits);
        await using var check = _host.CreateDbContext();
        Assert.Equal(2, await check.Transcript.CountAsync());
    }

    [Fact]
    public async Task AGroupWhoseWritesAtRiskAllCommitIsOneTransaction()
    {
        var writer = NewWriter();
        var writes = Enumerable.Range(0, 6).Select(i => i % 2 == 0
            ? writer.WriteAsync(db => Accept(db, $"c-{i}", 1))
            : writer.WriteAtRiskAsync(db => Accept(db, $"c-{i}", 1))).ToList();

        await writer.StartAsync(CancellationToken.None);
        await Task.WhenAll(writes);
        await writer.StopAsync(CancellationToken.None);

        Assert.Equal(1, writer.Transactions);
        await using var check = _host.CreateDbContext();
        Assert.Equal(6, await check.Inbox.CountAsync());
    }

    private static async Task<bool> Outcome(Task write)
    {
        try
        {
            await write;
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false; // "cannot be tracked because another instance with the same key value": tried alone, not saved
        }
    }

    private static void Accept(BotDbContext db, string conversationId, long sequence)
    {
        db.Inbox.Add(new InboxItem { ConversationId = conversationId, ActivityId = $"{conversationId}|{sequence}", Sequence = sequence, ActivityJson = "{}" });
        db.Transcript.Add(Entry(conversationId, sequence));
    }

    private StoreWriter NewWriter() => new(
        _host.Get<IDbContextFactory<BotDbContext>>(), _host.Get<IOptions<StorageOptions>>(), NullLogger<StoreWriter>.Instance);

    private static TranscriptEntry Entry(string conversationId, long sequence) => new()
    {
        ConversationId = conversationId,
        Sequence = sequence,
        Type = "message",
        ChannelId = "directline",
        Timestamp = DateTimeOffset.UnixEpoch,
        ActivityJson = "{}",
    };
}

public sealed class StoreWriterAtRiskOnPostgreSqlTests() : StoreWriterAtRiskTests(StorageEngine.PostgreSql);
