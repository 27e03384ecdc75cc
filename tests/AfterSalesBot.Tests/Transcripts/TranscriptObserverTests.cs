using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Tests.Conversations;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Tests.Transcripts;

public sealed class TranscriptObserverTests
{
    [Fact]
    public async Task EveryCommittedLineIsToldOnceInOrder()
    {
        var watcher = new Watcher();
        await using var host = await PipelineHost.StartAsync(s => s.AddSingleton<ITranscriptObserver>(watcher).AddSingleton<ProactiveMessenger>());
        var (conversation, user) = await host.OpenConversationAsync();

        await host.Get<TurnInbox>().AcceptAsync(TurnPipelineTests.UserMessage(conversation, user, "灶具打不着火", "zh-CN"), true, default);
        await host.DrainAsync();
        await host.Get<ProactiveMessenger>().SendAsync(conversation, "我是李娜", "李娜");

        await using var db = host.CreateDbContext();
        var committed = await db.Transcript.Where(t => t.ConversationId == conversation).OrderBy(t => t.Sequence).ToListAsync();
        Assert.True(committed.Count >= 3); // the customer, the bot's replies, the proactive message
        Assert.Equal(committed.Select(t => (conversation, t.Sequence)), watcher.Seen.Select(s => (s.ConversationId, s.Line.Sequence)));
        Assert.Equal("in", watcher.Seen[0].Line.Direction);
        Assert.Equal("灶具打不着火", watcher.Seen[0].Line.Text);
        Assert.All(watcher.Seen.Skip(1), s => Assert.Equal("out", s.Line.Direction));
        Assert.Equal(("我是李娜", "李娜"), (watcher.Seen[^1].Line.Text, watcher.Seen[^1].Line.SenderName));
    }

    [Fact]
    public async Task AThrowingObserverBreaksNeitherTheTurnNorTheOtherObservers()
    {
        var watcher = new Watcher();
        await using var host = await PipelineHost.StartAsync(s => s.AddSingleton<ITranscriptObserver, Throwing>().AddSingleton<ITranscriptObserver>(watcher));
        var (conversation, user) = await host.OpenConversationAsync();

        var accepted = await host.Get<TurnInbox>().AcceptAsync(TurnPipelineTests.UserMessage(conversation, user, "hello"), true, default);
        await host.DrainAsync();

        await using var db = host.CreateDbContext();
        Assert.Equal(AcceptOutcome.Accepted, accepted.Outcome);
        Assert.Contains(await db.Transcript.Where(t => t.ConversationId == conversation).ToListAsync(), t => t.Direction == TranscriptDirection.Outbound);
        Assert.Equal(InboxStatus.Accepted, (await db.Inbox.SingleAsync(i => i.ConversationId == conversation)).Status);
        Assert.Equal(await db.Transcript.CountAsync(t => t.ConversationId == conversation), watcher.Seen.Count);
    }

    private sealed class Watcher : ITranscriptObserver
    {
        private readonly List<(string ConversationId, TranscriptLine Line)> _seen = [];

        public IReadOnlyList<(string ConversationId, TranscriptLine Line)> Seen { get { lock (_seen) return [.. _seen]; } }

        public void OnAppended(string conversationId, TranscriptLine line) { lock (_seen) _seen.Add((conversationId, line)); }
    }

    private sealed class Throwing : ITranscriptObserver
    {
        public void OnAppended(string conversationId, TranscriptLine line) => throw new InvalidOperationException("console offline");
    }
}
