using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.Outbox;
using AfterSalesBot.Bot.Schema;
using AfterSalesBot.Tests.Infrastructure;
using AfterSalesBot.Tests.Language;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Tests.Channels.Messages;

/// <summary>
/// The delivered outcome's own SQL (ADR 0041) on each engine: the outbox and its group writer on a migrated SQLite file or
/// PostgreSQL database, a turn's three claimed replies, and another instance taking the middle one's claim while it is
/// being sent. The other two are finished by the one statement, the taken one is left to its holder and logged as lost,
/// and the stored values read back as EF writes them (the finish time through the provider's converter).
/// </summary>
public sealed class DeliveredOutcomeOnEngineTests
{
    private const string ConversationId = "a:1teams-engine";
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 30, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(StorageEngine.Sqlite)]
    [InlineData(StorageEngine.PostgreSql)]
    public async Task The_replies_still_held_are_finished_together_and_the_one_taken_over_is_left_and_logged(StorageEngine engine)
    {
        await using var database = await HostDatabase.CreateAsync(engine, "delivered");
        Directory.CreateDirectory(database.DataDirectory);
        await using (var db = database.OpenBot()) await db.Database.MigrateAsync();
        var factory = new Factory(database);
        var writer = new StoreWriter(factory, Options.Create(new StorageOptions()), LoggerFactory.Create(_ => { }).CreateLogger<StoreWriter>());
        await writer.StartAsync(CancellationToken.None);
        var logs = new CapturedLogs();
        var channel = new TakingChannel(database);
        var outbox = new ConnectorOutbox(factory, writer, channel, Options.Create(new OutboxOptions()), new FixedClock(Now),
            LoggerFactory.Create(b => b.AddProvider(logs)).CreateLogger<ConnectorOutbox>());
        try
        {
            var entries = Enumerable.Range(1, 3).Select(Reply).ToList();
            var items = outbox.ClaimedItemsFor(entries, Now);
            await using (var db = database.OpenBot())
            {
                db.Transcript.AddRange(entries);
                db.Outbox.AddRange(items);
                await db.SaveChangesAsync();
            }

            Assert.Equal(3, await outbox.DeliverClaimedAsync(items, entries, CancellationToken.None));

            await using var check = database.OpenBot();
            var rows = await check.Outbox.AsNoTracking().Where(o => o.ConversationId == ConversationId).OrderBy(o => o.Sequence).ToListAsync();
            Assert.Equal([OutboxState.Delivered, OutboxState.Pending, OutboxState.Delivered], rows.Select(o => o.State));
            Assert.Equal([2, 2, 2], rows.Select(o => o.Version));
            Assert.Equal([null, "other-instance", null], rows.Select(o => o.ClaimedBy));
            Assert.Equal([Now, null, Now], rows.Select(o => o.FinishedAt)); // the same instant, read back through the converter
            Assert.Equal(Now, rows[0].NextAttemptAt);
            var transcript = await check.Transcript.AsNoTracking().Where(t => t.ConversationId == ConversationId).OrderBy(t => t.Sequence).ToListAsync();
            Assert.Equal(["sent-1", "sent-2", "sent-3"], transcript.Select(t => t.ActivityId)); // the channel did receive all three
            Assert.Equal("sent-2", ActivityJson.Deserialize(transcript[1].ActivityJson)!.Id);
            var lost = Assert.Single(logs.Lines, l => l.Contains("the claim ran out", StringComparison.Ordinal));
            Assert.Contains($"Reply 2 to {ConversationId}:", lost);
        }
        finally
        {
            await writer.StopAsync(CancellationToken.None);
        }
    }

    private static TranscriptEntry Reply(int sequence) => new()
    {
        ConversationId = ConversationId,
        Sequence = sequence,
        Direction = TranscriptDirection.Outbound,
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        Text = "reply " + sequence,
        Timestamp = Now,
        ActivityJson = ActivityJson.Serialize(new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = "msteams",
            Conversation = new ConversationAccount { Id = ConversationId },
            Text = "reply " + sequence,
        }),
    };

    private sealed class Factory(HostDatabase database) : IDbContextFactory<BotDbContext>
    {
        public BotDbContext CreateDbContext() => database.OpenBot();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }

    /// <summary>Accepts every reply; while the second is with it, another instance takes that reply's claim over.</summary>
    private sealed class TakingChannel(HostDatabase database) : IExternalChannelSender
    {
        public async Task<string?> SendAsync(Activity activity, CancellationToken ct)
        {
            var sequence = long.Parse(activity.Text!["reply ".Length..], System.Globalization.CultureInfo.InvariantCulture);
            if (sequence == 2)
            {
                await using var other = database.OpenBot();
                await other.Outbox.Where(o => o.ConversationId == ConversationId && o.Sequence == sequence)
                    .ExecuteUpdateAsync(s => s.SetProperty(o => o.ClaimedBy, "other-instance").SetProperty(o => o.Version, o => o.Version + 1), ct);
            }
            return "sent-" + sequence;
        }
    }
}
