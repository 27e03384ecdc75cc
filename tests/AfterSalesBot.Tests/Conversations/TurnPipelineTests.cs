using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.Schema;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Conversations;

public sealed class TurnPipelineTests
{
    [Fact]
    public async Task RecordsEveryInboundAndOutboundActivityInOrderWithRoleLocaleAndChannel()
    {
        await using var host = await PipelineHost.StartAsync();
        var (conversation, user) = await host.OpenConversationAsync();

        await host.Get<TurnInbox>().AcceptAsync(UserMessage(conversation, user, "灶具打不着火", "zh-CN"), selfHosted: true, default);
        await host.DrainAsync();

        await using var db = host.CreateDbContext();
        var transcript = await db.Transcript.Where(t => t.ConversationId == conversation).OrderBy(t => t.Sequence).ToListAsync();
        Assert.Equal([TranscriptDirection.Inbound, TranscriptDirection.Outbound, TranscriptDirection.Outbound], transcript.Select(t => t.Direction));
        Assert.Equal(["user", "bot", "bot"], transcript.Select(t => t.SenderRole));
        Assert.All(transcript, t => Assert.Equal("directline", t.ChannelId));
        Assert.All(transcript, t => Assert.Equal("zh-CN", t.Locale));
        Assert.Equal("灶具打不着火", transcript[0].Text);
        Assert.Equal([1L, 2L, 3L], transcript.Select(t => t.Sequence));
        Assert.True(transcript.Zip(transcript.Skip(1)).All(p => p.First.Timestamp <= p.Second.Timestamp));
    }

    [Fact]
    public async Task ABotFailureTellsTheCustomerKeepsTheStateAndMarksTheTurnFailed()
    {
        var bot = new ScriptedBot();
        await using var host = await PipelineHost.StartAsync(s => PipelineHost.ReplaceBot(s, bot));
        var (conversation, user) = await host.OpenConversationAsync();

        bot.Next = turn => { turn.State = "step-1"; return Task.CompletedTask; };
        await host.Get<TurnInbox>().AcceptAsync(UserMessage(conversation, user, "first"), true, default);
        await host.DrainAsync();
        bot.Next = _ => throw new InvalidOperationException("knowledge store offline");
        var failed = await host.Get<TurnInbox>().AcceptAsync(UserMessage(conversation, user, "second"), true, default);
        await host.DrainAsync();

        await using var db = host.CreateDbContext();
        Assert.Equal("step-1", (await db.Conversations.SingleAsync(c => c.Id == conversation)).State);
        var inbox = await db.Inbox.SingleAsync(i => i.ActivityId == failed.ActivityId);
        Assert.Equal(InboxStatus.Failed, inbox.Status);
        Assert.Contains("knowledge store offline", inbox.Error);
        var history = await host.Get<ConversationLog>().ReadAsync(conversation, 0, 100, default);
        var apology = ActivityJson.Deserialize(history[^1].ActivityJson)!;
        Assert.Equal(failed.ActivityId, apology.ReplyToId);
        Assert.Contains("nothing is lost", apology.Text);
    }

    [Fact]
    public async Task TurnsOfOneConversationRunOneAtATimeInArrivalOrder()
    {
        var bot = new ScriptedBot();
        await using var host = await PipelineHost.StartAsync(s => PipelineHost.ReplaceBot(s, bot));
        var (conversation, user) = await host.OpenConversationAsync();
        var seen = new List<string>();
        var inside = 0;
        var overlapped = false;
        bot.Next = async turn =>
        {
            if (Interlocked.Increment(ref inside) > 1) overlapped = true;
            await Task.Delay(20);
            lock (seen) seen.Add(turn.Activity.Text!);
            Interlocked.Decrement(ref inside);
        };

        var inbox = host.Get<TurnInbox>();
        for (var i = 0; i < 10; i++) await inbox.AcceptAsync(UserMessage(conversation, user, $"m{i}"), true, default);
        await host.DrainAsync();

        Assert.False(overlapped);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"m{i}"), seen);
    }

    [Fact]
    public async Task TurnsOfDifferentConversationsRunInParallel()
    {
        var bot = new ScriptedBot();
        await using var host = await PipelineHost.StartAsync(s => PipelineHost.ReplaceBot(s, bot));
        var a = await host.OpenConversationAsync();
        var b = await host.OpenConversationAsync();
        // Each turn waits for the other to have started: only parallel turns can both finish.
        var barrier = new Barrier(2);
        bot.Next = _ => Task.Run(() => Assert.True(barrier.SignalAndWait(TimeSpan.FromSeconds(10)), "the other conversation's turn never ran alongside"));

        var inbox = host.Get<TurnInbox>();
        await inbox.AcceptAsync(UserMessage(a.ConversationId, a.UserId, "a"), true, default);
        await inbox.AcceptAsync(UserMessage(b.ConversationId, b.UserId, "b"), true, default);
        await host.DrainAsync();

        await using var db = host.CreateDbContext();
        Assert.All(await db.Conversations.Where(c => c.Id == a.ConversationId || c.Id == b.ConversationId).ToListAsync(),
            c => Assert.Equal(1, c.LastProcessedSequence));
    }

    [Fact]
    public async Task ATurnAcknowledgedButNotProcessedBeforeACrashRunsAtTheNextStart()
    {
        var data = Path.Combine(Path.GetTempPath(), "asb-crash-" + Guid.NewGuid().ToString("N"));
        string conversation;
        string activityId;
        var stalled = new ScriptedBot { Next = _ => Task.Delay(Timeout.Infinite) };
        // First life: the message is accepted (committed) but the turn never finishes — then the process "dies".
        var first = await PipelineHost.StartAsync(s => PipelineHost.ReplaceBot(s, stalled), data);
        (conversation, var user) = await first.OpenConversationAsync();
        activityId = (await first.Get<TurnInbox>().AcceptAsync(UserMessage(conversation, user, "the oven smells of gas?"), true, default)).ActivityId;
        await first.Get<AfterSalesBot.Bot.Data.StoreWriter>().StopAsync(default);
        // The dead process's pollers stop with it (left running, they polled a deleted folder for the rest of the run).
        await first.DisposeAsync(keepData: true);

        // Second life, on the same files: recovery runs the pending turn with the real bot, once the first life's
        // conversation lease has run out (a restarted process is another instance, ADR 0028).
        await using var second = await PipelineHost.StartAsync(dataDirectory: data);
        await using var db = second.CreateDbContext();
        var inbound = await db.Inbox.SingleAsync(i => i.ActivityId == activityId);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(40);
        while (await db.Conversations.AsNoTracking().Where(c => c.Id == conversation).Select(c => (long?)c.LastProcessedSequence).SingleOrDefaultAsync() != inbound.Sequence
            && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        await second.DrainAsync();
        Assert.Equal(inbound.Sequence, (await db.Conversations.AsNoTracking().SingleAsync(c => c.Id == conversation)).LastProcessedSequence);
        var history = await second.Get<ConversationLog>().ReadAsync(conversation, 0, 100, default);
        Assert.Contains(history, h => ActivityJson.Deserialize(h.ActivityJson)!.ReplyToId == activityId);
    }

    internal static Activity UserMessage(string conversation, string user, string text, string locale = "en-US") => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "directline",
        ServiceUrl = "http://127.0.0.1/",
        Conversation = new ConversationAccount { Id = conversation },
        From = new ChannelAccount { Id = user, Role = RoleTypes.User },
        Recipient = new ChannelAccount { Id = "aftersalesbot", Role = RoleTypes.Bot },
        Text = text,
        Locale = locale,
    };

    /// <summary>A bot whose next turn the test decides.</summary>
    private sealed class ScriptedBot : IBot
    {
        public Func<TurnContext, Task> Next { get; set; } = _ => Task.CompletedTask;

        public async Task OnTurnAsync(TurnContext turn, CancellationToken ct)
        {
            await Next(turn);
            turn.Reply("ok: " + turn.Activity.Text);
        }
    }
}
