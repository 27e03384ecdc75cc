using System.Collections.Concurrent;
using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Schema;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AfterSalesBot.Tests.Privacy;

/// <summary>A bot failure whose message quotes the customer reaches neither the log nor the stored error unmasked.</summary>
public sealed class FailureLogMaskingTests
{
    private sealed class CapturingLogs : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Lines { get; } = new();
        public ILogger CreateLogger(string categoryName) => this;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Enqueue(formatter(state, exception) + " " + exception);
        public void Dispose() { }
    }

    private sealed class QuotingBot : IBot
    {
        public Task OnTurnAsync(TurnContext turn, CancellationToken ct) => throw new FormatException("could not read '" + turn.Activity.Text + "'");
    }

    [Fact]
    public async Task AFailureQuotingTheCustomerIsLoggedAndStoredMasked()
    {
        var logs = new CapturingLogs();
        var bot = new QuotingBot();
        await using var host = await PipelineHost.StartAsync(s =>
        {
            PipelineHost.ReplaceBot(s, bot);
            s.AddSingleton<ILoggerProvider>(logs);
        });
        var (conversation, user) = await host.OpenConversationAsync();

        var failed = await host.Get<TurnInbox>().AcceptAsync(new Activity
        {
            Type = ActivityTypes.Message, ChannelId = "directline", ServiceUrl = "http://127.0.0.1/",
            Conversation = new ConversationAccount { Id = conversation }, From = new ChannelAccount { Id = user, Role = RoleTypes.User },
            Text = "call 13812345678, 身份证110101199003071234",
        }, true, default);
        await host.DrainAsync();

        Assert.Contains(logs.Lines, l => l.Contains("could not read 'call 138****5678, 身份证110***********1234'", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("13812345678", StringComparison.Ordinal) || l.Contains("110101199003071234", StringComparison.Ordinal));
        await using var db = host.CreateDbContext();
        var error = (await db.Inbox.SingleAsync(i => i.ActivityId == failed.ActivityId)).Error!;
        Assert.Contains("138****5678", error);
        Assert.DoesNotContain("13812345678", error);
    }
}
