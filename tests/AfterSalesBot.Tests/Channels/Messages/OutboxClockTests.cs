using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.Schema;
using AfterSalesBot.Tests.Channels.Connector;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace AfterSalesBot.Tests.Channels.Messages;

/// <summary>
/// The outbox dispatcher waits on the injected clock: the pipeline on a real SQLite file, the real connector client
/// against the loopback stub, and a <see cref="FakeTimeProvider"/> that the test moves past the backoff.
/// </summary>
public sealed class OutboxClockTests : IAsyncLifetime
{
    private const string Conversation = "a:1teams-outbox-clock";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));
    private StubConnectorServer _channel = null!;
    private PipelineHost _host = null!;

    public async Task InitializeAsync()
    {
        _channel = await StubConnectorServer.StartAsync();
        _host = await PipelineHost.StartAsync(s =>
        {
            PipelineHost.ReplaceBot(s, new SilentBot());
            s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock));
            s.TryAddSingleton<ProactiveMessenger>(); // as AddAdmin and AddCustomerConversations register it
        }, settings: new Dictionary<string, string?>
        {
            ["Outbox:BaseDelay"] = "00:01:00",
            // Anonymous mode delivers to the loopback stub (ServiceUrlPolicy); otherwise the reply is parked unsent.
            ["Bot:AllowAnonymous"] = "true",
            ["Outbox:PollInterval"] = "00:00:01",
            ["Bot:AllowedServiceUrlHosts:0"] = "127.0.0.1", // the loopback stub stands in for the Teams host
        });
        await _host.Get<TurnInbox>().AcceptAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Id = "1700000000001",
            ChannelId = "msteams",
            ServiceUrl = _channel.BaseAddress.ToString(),
            Conversation = new ConversationAccount { Id = Conversation, TenantId = "tenant-1", ConversationType = "personal" },
            From = new ChannelAccount { Id = "29:customer", Name = "Wang" },
            Recipient = new ChannelAccount { Id = "28:bot", Name = "AfterSalesBot" },
            Text = "hello",
            Locale = "en-US",
        }, selfHosted: false, CancellationToken.None);
        await _host.DrainAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task A_refused_proactive_message_is_retried_only_when_the_injected_clock_passes_the_backoff()
    {
        _channel.FailWhen(r => r.Body.Contains("Your replacement ships today", StringComparison.Ordinal), 500, times: 1);

        Assert.True(await _host.Get<ProactiveMessenger>().SendAsync(Conversation, "Your replacement ships today."));
        var failed = await WaitForAsync(o => o.State == OutboxState.Failed);
        Assert.Equal((1, _clock.GetUtcNow().AddMinutes(1)), (failed.Attempts, failed.NextAttemptAt));

        _clock.Advance(TimeSpan.FromSeconds(50));
        await Task.Delay(500); // real time for a dispatcher pass that must find nothing due
        Assert.Equal(OutboxState.Failed, (await WaitForAsync(_ => true)).State);
        Assert.Single(_channel.Requests);

        _clock.Advance(TimeSpan.FromSeconds(11));
        var delivered = await WaitForAsync(o => o.State == OutboxState.Delivered);
        Assert.Equal(2, delivered.Attempts);
        Assert.Equal(2, _channel.Requests.Count);
    }

    private async Task<OutboxItem> WaitForAsync(Func<OutboxItem, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            await using (var db = _host.CreateDbContext())
            {
                var item = await db.Outbox.AsNoTracking().SingleOrDefaultAsync(o => o.ConversationId == Conversation);
                if (item is not null && done(item)) return item;
                if (DateTime.UtcNow > deadline) throw new TimeoutException($"Outbox: {item?.State} x{item?.Attempts} {item?.LastError}");
            }
            await Task.Delay(50);
        }
    }

    private sealed class SilentBot : IBot
    {
        public Task OnTurnAsync(TurnContext turn, CancellationToken ct) => Task.CompletedTask;
    }
}
