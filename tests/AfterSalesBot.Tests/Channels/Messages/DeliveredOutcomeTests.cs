using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.Schema;
using AfterSalesBot.Tests.Infrastructure;
using AfterSalesBot.Tests.Language;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace AfterSalesBot.Tests.Channels.Messages;

/// <summary>
/// The delivered outcome of a turn's replies to a connector channel (ADR 0041): the replies held at one claim are finished
/// by one statement, the channel's ids kept in the transcript, and a reply whose claim another instance took while it was
/// being sent is left to that instance and logged as lost. On the real pipeline and a SQLite file.
/// </summary>
public sealed class DeliveredOutcomeTests
{
    private const string ConversationId = "a:1teams-delivered";

    [Fact]
    public async Task A_turns_three_replies_are_finished_by_one_statement_and_the_transcript_keeps_the_channels_ids()
    {
        var teams = new Channel();
        var logs = new CapturedLogs();
        await using var host = await StartAsync(teams, logs);

        await AcceptAsync(host, "1", "hello");

        Assert.Equal(["one: hello", "two: hello", "three: hello"], teams.Delivered);
        await using var db = host.CreateDbContext();
        var outbox = await db.Outbox.AsNoTracking().Where(o => o.ConversationId == ConversationId).OrderBy(o => o.Sequence).ToListAsync();
        Assert.Equal(3, outbox.Count);
        Assert.All(outbox, o =>
        {
            Assert.Equal((OutboxState.Delivered, 2, 1, null, null, null), (o.State, o.Version, o.Attempts, o.ClaimedBy, o.ClaimedUntil, o.LastError));
            Assert.NotNull(o.FinishedAt);
            Assert.Equal(o.FinishedAt, o.NextAttemptAt); // the pruning index finds delivered rows by it
        });
        var transcript = await db.Transcript.AsNoTracking()
            .Where(t => t.ConversationId == ConversationId && t.Direction == TranscriptDirection.Outbound).OrderBy(t => t.Sequence).ToListAsync();
        Assert.Equal(["1:one: hello", "1:two: hello", "1:three: hello"], transcript.Select(t => t.ActivityId));
        Assert.All(transcript, t => Assert.Equal(t.ActivityId, ActivityJson.Deserialize(t.ActivityJson)!.Id));
        // One finishing statement for the three rows, not one each.
        Assert.Single(logs.Lines, l => l.Contains("UPDATE \"Outbox\"", StringComparison.Ordinal) && l.Contains("\"FinishedAt\"", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("the claim ran out", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reply_whose_claim_was_taken_while_it_was_sent_is_left_to_its_new_holder_and_logged_as_lost()
    {
        var teams = new Channel();
        var logs = new CapturedLogs();
        await using var host = await StartAsync(teams, logs);
        // While "two" is with the channel, another instance takes its claim over (as if this one's had run out).
        teams.WhileSending = async activity =>
        {
            if (activity.Text?.StartsWith("two:", StringComparison.Ordinal) != true) return;
            await using var other = host.CreateDbContext();
            var sequence = await other.Transcript.Where(t => t.ConversationId == ConversationId && t.Text == activity.Text).Select(t => t.Sequence).SingleAsync();
            await other.Outbox.Where(o => o.ConversationId == ConversationId && o.Sequence == sequence)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.ClaimedBy, "other-instance").SetProperty(o => o.Version, o => o.Version + 1));
        };

        await AcceptAsync(host, "1", "hello");

        await using var db = host.CreateDbContext();
        var outbox = await db.Outbox.AsNoTracking().Where(o => o.ConversationId == ConversationId).OrderBy(o => o.Sequence).ToListAsync();
        Assert.Equal([OutboxState.Delivered, OutboxState.Pending, OutboxState.Delivered], outbox.Select(o => o.State));
        Assert.Equal(("other-instance", 2), (outbox[1].ClaimedBy, outbox[1].Version)); // untouched: the other instance's to finish
        Assert.Equal([2, 2], [outbox[0].Version, outbox[2].Version]);
        var lost = logs.Lines.Where(l => l.Contains("the claim ran out", StringComparison.Ordinal)).ToList();
        Assert.Equal($"Reply {outbox[1].Sequence} to {ConversationId}: the claim ran out before recording Delivered; another instance holds it.",
            Assert.Single(lost)[(lost[0].IndexOf(": ", StringComparison.Ordinal) + 2)..].TrimEnd());
    }

    [Fact]
    public async Task A_reply_the_channel_names_by_the_id_already_stored_is_finished_without_rewriting_its_transcript_row()
    {
        var teams = new Channel();
        var logs = new CapturedLogs();
        await using var host = await StartAsync(teams, logs, new KnownIdBot());

        await AcceptAsync(host, "1", "hello");

        await using var db = host.CreateDbContext();
        var outbox = await db.Outbox.AsNoTracking().SingleAsync(o => o.ConversationId == ConversationId);
        Assert.Equal(OutboxState.Delivered, outbox.State);
        var reply = await db.Transcript.AsNoTracking().SingleAsync(t => t.ConversationId == ConversationId && t.Sequence == outbox.Sequence);
        Assert.Equal("reply-known", reply.ActivityId);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("UPDATE \"TranscriptEntries\"", StringComparison.Ordinal));
    }

    private static Task<PipelineHost> StartAsync(Channel teams, CapturedLogs logs, IBot? bot = null) => PipelineHost.StartAsync(s =>
    {
        PipelineHost.ReplaceBot(s, bot ?? new ThreeRepliesBot());
        s.Replace(ServiceDescriptor.Singleton<IExternalChannelSender>(teams));
        s.AddSingleton<ILoggerProvider>(logs);
    }, settings: new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
    });

    private static async Task AcceptAsync(PipelineHost host, string id, string text)
    {
        await host.Get<TurnInbox>().AcceptAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Id = id,
            ChannelId = "msteams",
            ServiceUrl = "https://smba.trafficmanager.net/teams/",
            Conversation = new ConversationAccount { Id = ConversationId, ConversationType = "personal" },
            From = new ChannelAccount { Id = "29:customer", Name = "Wang" },
            Recipient = new ChannelAccount { Id = "28:bot", Name = "AfterSalesBot" },
            Text = text,
            Locale = "en-US",
        }, selfHosted: false, CancellationToken.None);
        await host.DrainAsync();
    }

    private sealed class ThreeRepliesBot : IBot
    {
        public Task OnTurnAsync(TurnContext turn, CancellationToken ct)
        {
            turn.Reply("one: " + turn.Activity.Text);
            turn.Reply("two: " + turn.Activity.Text);
            turn.Reply("three: " + turn.Activity.Text);
            return Task.CompletedTask;
        }
    }

    /// <summary>Replies with an id of its own, which the channel keeps (as a channel may for an id it was given).</summary>
    private sealed class KnownIdBot : IBot
    {
        public Task OnTurnAsync(TurnContext turn, CancellationToken ct)
        {
            turn.Reply("known: " + turn.Activity.Text).Id = "reply-known";
            return Task.CompletedTask;
        }
    }

    private sealed class Channel : IExternalChannelSender
    {
        public Func<Activity, Task>? WhileSending;

        public List<string?> Delivered { get; } = [];

        public async Task<string?> SendAsync(Activity activity, CancellationToken ct)
        {
            if (WhileSending is { } during) await during(activity);
            lock (Delivered) Delivered.Add(activity.Text);
            return activity.Id ?? "1:" + activity.Text;
        }
    }
}
