using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.Schema;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AfterSalesBot.Tests.Channels.Messages;

/// <summary>
/// A turn's own replies to a connector channel go out straight after the commit, and skip the look-up for earlier
/// undelivered replies when this instance delivered everything up to the turn's inbound activity itself (ADR 0036). On
/// the real pipeline and a SQLite file: anything else appended to the conversation in between still holds the turn's
/// reply behind it.
/// </summary>
public sealed class ClaimedRepliesTests
{
    private const string ConversationId = "a:1teams-claimed";

    [Fact]
    public async Task ARefusedAgentMessageBetweenTwoDeliveredTurnsHoldsTheNextReplyBehindIt()
    {
        var teams = new Channel();
        await using var host = await PipelineHost.StartAsync(s =>
        {
            PipelineHost.ReplaceBot(s, new EchoBot());
            s.Replace(ServiceDescriptor.Singleton<IExternalChannelSender>(teams));
            s.TryAddSingleton<ProactiveMessenger>();
        }, settings: new Dictionary<string, string?> { ["Outbox:BaseDelay"] = "01:00:00", ["Outbox:MaxDelay"] = "02:00:00" });

        await AcceptAsync(host, "1", "hello");
        await AcceptAsync(host, "2", "again");
        // Refused by the channel: failed, its next attempt an hour away.
        teams.Refuse = "agent";
        await host.Get<ProactiveMessenger>().SendAsync(ConversationId, "agent here");
        teams.Refuse = null;
        await AcceptAsync(host, "3", "once more");

        Assert.Equal(["echo: hello", "echo: again"], teams.Delivered);
        await using var db = host.CreateDbContext();
        var outbox = await db.Outbox.AsNoTracking().Where(o => o.ConversationId == ConversationId).OrderBy(o => o.Sequence).ToListAsync();
        Assert.Equal([OutboxState.Delivered, OutboxState.Delivered, OutboxState.Failed, OutboxState.Pending], outbox.Select(o => o.State));
        Assert.Null(outbox[^1].ClaimedBy); // let go for the dispatcher, which sends it after the agent's message
    }

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

    private sealed class EchoBot : IBot
    {
        public Task OnTurnAsync(TurnContext turn, CancellationToken ct)
        {
            turn.Reply("echo: " + turn.Activity.Text);
            return Task.CompletedTask;
        }
    }

    private sealed class Channel : IExternalChannelSender
    {
        public volatile string? Refuse;

        public List<string?> Delivered { get; } = [];

        public Task<string?> SendAsync(Activity activity, CancellationToken ct)
        {
            if (Refuse is { } word && activity.Text?.Contains(word, StringComparison.Ordinal) == true)
                throw new HttpRequestException("503 from the channel");
            lock (Delivered) Delivered.Add(activity.Text);
            return Task.FromResult<string?>("1:sent" + Delivered.Count);
        }
    }
}
