using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Tests.Storage;

/// <summary>
/// The group commit on a real SQLite file (a PostgreSQL database in the subclass). Each test queues its writes on a
/// writer that is not running yet and then starts it, so they are one group, as under load. A write that collides with
/// a row another instance committed, with another write of its own group, or with the fence of ADR 0028 must fail
/// alone: under round robin across instances such collisions are routine, and each used to cost its whole group.
/// </summary>
public class StoreWriterTests : IAsyncLifetime
{
    private readonly StorageEngine _engine;
    private PostgreSqlDatabase? _postgreSql;
    private PipelineHost _host = null!;

    public StoreWriterTests() : this(StorageEngine.Sqlite)
    {
    }

    protected StoreWriterTests(StorageEngine engine) => _engine = engine;

    public async Task InitializeAsync()
    {
        if (_engine == StorageEngine.PostgreSql) _postgreSql = await PostgreSqlDatabase.CreateAsync("storewriter");
        _host = await PipelineHost.StartAsync(settings: _postgreSql?.Settings());
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        if (_postgreSql is not null) await _postgreSql.DisposeAsync();
    }

    [Fact]
    public async Task ACollidingWriteFailsAloneAndTheRestOfItsGroupCommitsTogether()
    {
        await using (var db = _host.CreateDbContext())
        {
            db.Transcript.Add(Entry("taken", 1));
            db.Conversations.Add(new ConversationRecord { Id = "fenced", ChannelId = "directline", TurnCount = 3 });
            await db.SaveChangesAsync();
        }
        var writer = NewWriter();
        var fine = Enumerable.Range(0, 16).Select(i => writer.WriteAsync(db =>
        {
            db.Transcript.Add(Entry($"fine-{i}", 1));
            db.Inbox.Add(new InboxItem { ConversationId = $"fine-{i}", ActivityId = $"a-{i}", Sequence = 1, ActivityJson = "{}" });
        })).ToList();
        // Another instance committed this sequence; another write of this group takes this one too; another instance ran
        // the turn this conversation update was computed from (its turn count moved from 2 to 3).
        var takenByAnotherInstance = writer.WriteAsync(db => db.Transcript.Add(Entry("taken", 1)));
        var takenInTheSameGroup = writer.WriteAsync(db => db.Transcript.Add(Entry("fine-3", 1)));
        var fencedOff = writer.WriteAsync(db => db.Conversations.Update(new ConversationRecord { Id = "fenced", ChannelId = "directline", TurnCount = 3 })
            .Property(c => c.TurnCount).OriginalValue = 2);

        await writer.StartAsync(CancellationToken.None);
        await Task.WhenAll(fine);
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => takenByAnotherInstance);
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => takenInTheSameGroup);
        await Assert.ThrowsAnyAsync<DbUpdateConcurrencyException>(() => fencedOff);
        await writer.StopAsync(CancellationToken.None);

        // The failed group, the 16 together, and the three colliding writes alone: not 1 + 19 transactions.
        Assert.Equal(1, writer.FailedGroupCommits);
        Assert.Equal(5, writer.Transactions);
        await using var check = _host.CreateDbContext();
        Assert.Equal(16, await check.Inbox.CountAsync(i => i.ConversationId.StartsWith("fine-")));
        Assert.Equal(17, await check.Transcript.CountAsync());
        Assert.Equal(3, (await check.Conversations.SingleAsync(c => c.Id == "fenced")).TurnCount);
    }

    [Fact]
    public async Task AQueuedWriteIsAwaitedUntilItCommitsEvenIfItsCallerGivesUp()
    {
        // A caller that stopped waiting would leave the conversation's lock while its sequence is still queued, and the
        // next append would hand the same sequence out again (two writes of one group with one transcript key).
        var writer = NewWriter();
        using var giveUp = new CancellationTokenSource();
        var write = writer.WriteAsync(db => db.Transcript.Add(Entry("patient", 1)), giveUp.Token);
        giveUp.Cancel();
        await Task.Delay(50);
        Assert.False(write.IsCompleted);

        await writer.StartAsync(CancellationToken.None);
        await write;
        await writer.StopAsync(CancellationToken.None);
        await using var check = _host.CreateDbContext();
        Assert.True(await check.Transcript.AnyAsync(t => t.ConversationId == "patient" && t.Sequence == 1));
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

public sealed class StoreWriterOnPostgreSqlTests() : StoreWriterTests(StorageEngine.PostgreSql);
