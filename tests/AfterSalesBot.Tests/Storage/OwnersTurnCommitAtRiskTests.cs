using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Conversations.Leases;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.Schema;
using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Tests.Storage;

/// <summary>
/// The owner's turn commit that collides with another instance's append it has not seen yet (ADR 0054), on a real SQLite
/// file and (subclass) on PostgreSQL. The owner holds the lease, trusts it and has drained every sequence it knows of, so
/// by ADR 0048's rule it appends alone; but the conversation had another instance's append a moment ago (round robin),
/// and another one lands between the owner's append and its commit. The commit must fail alone, behind a savepoint: the
/// group's other writes commit in one transaction, the turn takes the next sequence, nothing is lost or written twice.
/// </summary>
public class OwnersTurnCommitAtRiskTests : IAsyncLifetime
{
    private const string Shared = "shared-conversation";
    private readonly StorageEngine _engine;
    private PostgreSqlDatabase? _postgreSql;
    private PipelineHost _host = null!;

    public OwnersTurnCommitAtRiskTests() : this(StorageEngine.Sqlite)
    {
    }

    protected OwnersTurnCommitAtRiskTests(StorageEngine engine) => _engine = engine;

    public async Task InitializeAsync()
    {
        if (_engine == StorageEngine.PostgreSql) _postgreSql = await PostgreSqlDatabase.CreateAsync("ownersatrisk");
        _host = await PipelineHost.StartAsync(settings: _postgreSql?.Settings());
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        if (_postgreSql is not null) await _postgreSql.DisposeAsync();
    }

    [Fact]
    public async Task AnOwnersTurnCommitThatCollidesWithAnAppendItHasNotSeenFailsAloneAndItsGroupCommitsInOneTransaction()
    {
        // The owner's view: it holds and trusts the lease. It appended 1; another instance accepted 2 (round robin), which
        // the owner learnt of when its own 3 skipped a number, and drained: it has seen everything up to 3.
        var held = ActivatorUtilities.CreateInstance<HeldLeases>(_host.Services);
        var lease = held.GetOrAdd(Shared);
        lock (lease)
        {
            lease.Claimed = true;
            lease.TrustedUntil = DateTimeOffset.UtcNow.AddMinutes(1);
            lease.Through = 1;
            lease.Gap = false;
        }
        new LeaseContinuity(held).OnAppended(Shared, Line(3));
        lock (lease)
        {
            lease.Through = 3; // the drain that read the inbox
            lease.Gap = false;
        }
        await using (var db = _host.CreateDbContext())
        {
            foreach (var sequence in new long[] { 1, 2, 3 }) db.Transcript.Add(Entry(Shared, sequence, "earlier"));
            await db.SaveChangesAsync();
        }
        // The owner accepts 4 and runs its turn; meanwhile another instance accepts the customer's next message as 5.
        var message = Message();
        var accepted = await _host.Get<ConversationLog>().AppendAsync(message, TranscriptDirection.Inbound, selfHosted: true, CancellationToken.None);
        await _host.Get<StoreWriter>().WriteAsync(db =>
        {
            db.Inbox.Add(Inbox(Shared, accepted.Sequence));
            db.Transcript.Add(accepted);
        });
        await using (var db = _host.CreateDbContext())
        {
            db.Transcript.Add(Entry(Shared, 5, "another instance's"));
            db.Inbox.Add(Inbox(Shared, 5));
            await db.SaveChangesAsync();
        }

        var writer = new StoreWriter(_host.Get<IDbContextFactory<BotDbContext>>(), _host.Get<IOptions<StorageOptions>>(), NullLogger<StoreWriter>.Instance);
        var processor = ActivatorUtilities.CreateInstance<TurnProcessor>(_host.Services, writer, held, (IBot)new Noted());
        var others = Enumerable.Range(0, 3).Select(i => writer.WriteAsync(db =>
        {
            db.Inbox.Add(Inbox($"other-{i}", 1));
            db.Transcript.Add(Entry($"other-{i}", 1, "other"));
        })).ToList();
        var turn = processor.ProcessAsync(message, accepted.Sequence, selfHosted: true, CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (writer.Queued < 4 && DateTime.UtcNow < deadline) await Task.Delay(10);
        Assert.Equal(4, writer.Queued); // one group: the three others and the turn's commit

        await writer.StartAsync(CancellationToken.None);
        await Task.WhenAll(others);
        await turn;
        await writer.StopAsync(CancellationToken.None);

        // Before ADR 0054 the commit was not at risk: its collision failed the group (and its recovery re-committed the rest).
        Assert.Equal(0, writer.FailedGroupCommits);
        Assert.Equal(2, writer.Transactions); // the group, then the turn again with the next sequence
        await using var check = _host.CreateDbContext();
        Assert.Equal(3, await check.Inbox.CountAsync(i => i.ConversationId.StartsWith("other-")));
        var transcript = await check.Transcript.Where(t => t.ConversationId == Shared).OrderBy(t => t.Sequence).ToListAsync();
        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L], transcript.Select(t => t.Sequence));
        Assert.Equal("it still leaks", transcript[3].Text);
        Assert.Equal("another instance's", transcript[4].Text);
        Assert.Equal("noted", transcript[5].Text);
        var conversation = await check.Conversations.SingleAsync(c => c.Id == Shared);
        Assert.Equal(4, conversation.LastProcessedSequence);
        Assert.Equal(1, conversation.TurnCount);
    }

    /// <summary>Says one thing, so the turn's commit appends one reply.</summary>
    private sealed class Noted : IBot
    {
        public Task OnTurnAsync(TurnContext turn, CancellationToken ct)
        {
            turn.Reply("noted", "en-US");
            return Task.CompletedTask;
        }
    }

    private static Activity Message() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "directline",
        ServiceUrl = "http://127.0.0.1/",
        Conversation = new ConversationAccount { Id = Shared },
        From = new ChannelAccount { Id = "customer", Role = RoleTypes.User },
        Recipient = new ChannelAccount { Id = "aftersalesbot", Role = RoleTypes.Bot },
        Text = "it still leaks",
        Locale = "en-US",
    };

    private static TranscriptLine Line(long sequence) =>
        new(sequence, DateTimeOffset.UnixEpoch, "in", ActivityTypes.Message, null, "earlier", null, 0, "{}");

    private static InboxItem Inbox(string conversationId, long sequence) => new()
    {
        ConversationId = conversationId,
        ActivityId = ConversationLog.ActivityIdFor(conversationId, sequence),
        Sequence = sequence,
        Status = InboxStatus.Accepted,
        ActivityJson = "{}",
        ReceivedAt = DateTimeOffset.UnixEpoch,
    };

    private static TranscriptEntry Entry(string conversationId, long sequence, string text) => new()
    {
        ConversationId = conversationId,
        Sequence = sequence,
        Type = "message",
        ChannelId = "directline",
        Timestamp = DateTimeOffset.UnixEpoch,
        Text = text,
        ActivityJson = "{}",
    };
}

public sealed class OwnersTurnCommitAtRiskOnPostgreSqlTests() : OwnersTurnCommitAtRiskTests(StorageEngine.PostgreSql);
