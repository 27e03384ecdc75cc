using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace AfterSalesBot.Tests.Channels.Messages;

/// <summary>
/// The dispatcher deletes delivered outbox rows once they are older than Outbox:KeepDelivered (7 days by default),
/// in batches, on the injected clock: the pipeline on a real SQLite file and a <see cref="FakeTimeProvider"/> that
/// the test moves. The rows are seeded straight into the Bot database (what a delivery or a parking leaves there);
/// the pruning only reads their state and finish time.
/// </summary>
public sealed class OutboxRetentionTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Start);
    private PipelineHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await PipelineHost.StartAsync(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)),
            settings: new Dictionary<string, string?>
            {
                ["Outbox:PruneBatchSize"] = "2",
                ["Outbox:PruneInterval"] = "01:00:00",
                ["Outbox:PollInterval"] = "00:00:01",
            });
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Delivered_rows_are_deleted_in_batches_once_older_than_seven_days_and_parked_rows_stay()
    {
        await using (var db = _host.CreateDbContext())
        {
            for (var i = 1; i <= 5; i++) db.Outbox.Add(Row("conv-old", i, OutboxState.Delivered, Start.AddDays(-6)));
            db.Outbox.Add(Row("conv-recent", 1, OutboxState.Delivered, Start.AddDays(-1)));
            db.Outbox.Add(Row("conv-parked", 1, OutboxState.Parked, Start.AddDays(-30)));
            await db.SaveChangesAsync();
        }

        // A day and an hour later: the five six-day-old rows pass seven days (three statements of at most two rows).
        _clock.Advance(TimeSpan.FromHours(25));
        await WaitForAsync(rows => !rows.Any(r => r.ConversationId == "conv-old"));
        Assert.Equal(["conv-parked", "conv-recent"], await ConversationsAsync());

        // Four days on, a pruning pass runs (the interval is an hour) but the recent row is six days old: it stays.
        _clock.Advance(TimeSpan.FromDays(4));
        await Task.Delay(1500); // real time for dispatcher passes that must keep it
        Assert.Equal(["conv-parked", "conv-recent"], await ConversationsAsync());

        // A day later it is past seven days and goes. The parked reply (over a month old) is never deleted.
        _clock.Advance(TimeSpan.FromDays(1));
        await WaitForAsync(rows => !rows.Any(r => r.ConversationId == "conv-recent"));
        Assert.Equal(["conv-parked"], await ConversationsAsync());
    }

    private static OutboxItem Row(string conversation, long sequence, OutboxState state, DateTimeOffset finished) => new()
    {
        ConversationId = conversation,
        Sequence = sequence,
        ChannelId = "msteams",
        State = state,
        Attempts = 1,
        NextAttemptAt = finished,
        CreatedAt = finished.AddSeconds(-1),
        FinishedAt = finished,
        LastError = state == OutboxState.Parked ? "ConnectorException: 403 Forbidden" : null,
    };

    private async Task<List<string>> ConversationsAsync()
    {
        await using var db = _host.CreateDbContext();
        return await db.Outbox.AsNoTracking().Select(o => o.ConversationId).Distinct().OrderBy(c => c).ToListAsync();
    }

    /// <summary>Waits for the dispatcher, nudging the fake clock by one poll interval each time: on a busy machine the
    /// pass that was running when the test advanced the clock starts its next wait after the advance, and only another
    /// tick of the clock ends that wait. A second is nothing next to the days the assertions are about.</summary>
    private async Task WaitForAsync(Func<List<OutboxItem>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await using (var db = _host.CreateDbContext())
            {
                var rows = await db.Outbox.AsNoTracking().ToListAsync();
                if (done(rows)) return;
                if (DateTime.UtcNow > deadline)
                    throw new TimeoutException("Outbox: " + string.Join(", ", rows.Select(r => $"{r.ConversationId}/{r.Sequence} {r.State}")));
            }
            await Task.Delay(50);
            _clock.Advance(TimeSpan.FromSeconds(1));
        }
    }
}
