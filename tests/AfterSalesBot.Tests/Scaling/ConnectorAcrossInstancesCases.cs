using System.Diagnostics;
using AfterSalesBot.Tests.Channels.Connector;
using AfterSalesBot.Tests.Console;
using AfterSalesBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AfterSalesBot.Tests.Scaling;

/// <summary>
/// The Bot Framework connector path across instances (issue 18, ADR 0028): three real host processes on one database
/// behind nginx (round robin) take <c>POST /api/messages</c> as Azure Bot Service sends it (anonymous mode, loopback),
/// and send the replies through the outbox to the activity's serviceUrl, a stub connector on loopback. What the test
/// judges is what the channel received: every turn's replies once, in the order of the customer's messages.
/// </summary>
public abstract partial class ConnectorAcrossInstancesCases(StorageEngine engine, ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>A short lease, so a killed owner's conversation is taken over within seconds.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(3);

    private readonly List<BotServer> _servers = [];
    private readonly string _conversation = "conv-" + Guid.NewGuid().ToString("N");
    private HostDatabase _database = null!;
    private NginxFront _front = null!;
    private StubConnectorServer _channel = null!;

    public async Task InitializeAsync()
    {
        _channel = await StubConnectorServer.StartAsync(uniqueIds: true);
        _database = await HostDatabase.CreateAsync(engine, "connector-instances");
    }

    /// <param name="idleRelease">How long an owner keeps an idle conversation: short, the lease changes hands between
    /// messages; long, one owner runs the turns of messages the others accepted.</param>
    private async Task StartInstancesAsync(TimeSpan idleRelease)
    {
        var settings = new Dictionary<string, string>
        {
            ["Bot__AllowAnonymous"] = "true", // loopback callers (nginx) and a loopback serviceUrl (the stub) only
            ["ConversationLease__Duration"] = Lease.ToString(),
            ["ConversationLease__PollInterval"] = "00:00:00.100",
            ["ConversationLease__IdleRelease"] = idleRelease.ToString(),
            ["Outbox__PollInterval"] = "00:00:00.200",
            // A reply claimed by the killed instance waits this long for another; far above a send on loopback.
            ["Outbox__ClaimLease"] = "00:00:15",
        };
        for (var i = 0; i < 3; i++)
        {
            var server = _database.NewServer(settings);
            _servers.Add(server);
            await server.StartAsync();
        }
        _front = await NginxFront.StartAsync(_servers.Select(s => s.BaseUrl));
    }

    public async Task DisposeAsync()
    {
        if (_front is not null) await _front.DisposeAsync();
        foreach (var server in _servers) await server.DisposeAsync();
        await _database.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task Messages_posted_to_successive_instances_get_every_reply_at_the_connector_once_and_in_order()
    {
        await StartInstancesAsync(idleRelease: TimeSpan.FromMilliseconds(300));
        var steps = ConsoleCustomer.RepairAgreed;

        // All messages at once, each acknowledged before the next is sent: the arrival order is the acknowledgements'
        // order, and the dialogue only comes out right if the turns run in it.
        for (var i = 0; i < steps.Count; i++) await PostAsync(_front.BaseUrl, MessageId(i), steps[i].Say);
        await WaitForRepliesAsync(MessageId(steps.Count - 1), steps[^1].Expect);

        var posts = _front.Served("/api/messages");
        Assert.Equal(steps.Count, posts.Count);
        for (var i = 2; i < posts.Count; i++) Assert.Equal(3, posts.Skip(i - 2).Take(3).Select(p => p.Upstream).Distinct().Count());
        await AssertEveryTurnAnsweredOnceInOrderAsync(steps);
        Assert.Matches(CaseNumber, TextTo(MessageId(steps.Count - 1)));
    }

    [Fact]
    public async Task A_redelivered_activity_is_acknowledged_by_another_instance_and_answered_once()
    {
        await StartInstancesAsync(idleRelease: TimeSpan.FromMilliseconds(300));
        var steps = ConsoleCustomer.RepairAgreed;

        // The channel gives up waiting and sends the same activity again, at once and once more later, each time
        // to another instance.
        await PostAsync(_front.BaseUrl, MessageId(0), steps[0].Say);
        await PostAsync(_front.BaseUrl, MessageId(0), steps[0].Say);
        await WaitForRepliesAsync(MessageId(0), steps[0].Expect);
        await PostAsync(_front.BaseUrl, MessageId(0), steps[0].Say);
        await PostAsync(_front.BaseUrl, MessageId(1), steps[1].Say);
        await WaitForRepliesAsync(MessageId(1), steps[1].Expect);

        var posts = _front.Served("/api/messages");
        Assert.Equal(3, posts.Take(3).Select(p => p.Upstream).Distinct().Count());
        await AssertEveryTurnAnsweredOnceInOrderAsync(steps.Take(2).ToList());
    }

    [Fact]
    public async Task When_the_instance_running_the_conversation_is_killed_mid_turn_the_connector_still_gets_every_reply_once_in_order()
    {
        await StartInstancesAsync(idleRelease: TimeSpan.FromMinutes(1));
        var steps = ConsoleCustomer.RepairAgreed;
        for (var i = 0; i < 3; i++)
        {
            await PostAsync(_front.BaseUrl, MessageId(i), steps[i].Say);
            await WaitForRepliesAsync(MessageId(i), steps[i].Expect);
        }

        // The next message goes straight to the instance that holds the conversation, which is killed as soon as it
        // has acknowledged it: its turn is then running or about to run.
        var owner = await OwnerAsync();
        await PostAsync(owner.BaseUrl, MessageId(3), steps[3].Say);
        await owner.KillAsync();
        var sinceKill = Stopwatch.StartNew();

        await WaitForRepliesAsync(MessageId(3), steps[3].Expect);
        output.WriteLine($"The reply to the message the killed owner acknowledged reached the connector {sinceKill.Elapsed.TotalSeconds:F1} s after the kill (lease {Lease.TotalSeconds} s).");
        for (var i = 4; i < steps.Count; i++)
        {
            await PostAsync(_front.BaseUrl, MessageId(i), steps[i].Say);
            await WaitForRepliesAsync(MessageId(i), steps[i].Expect);
        }

        // nginx skipped the dead instance (it names both it and the one that answered), and the channel saw no error.
        Assert.Contains(_front.Served("/api/messages"), r => r.Upstream.Contains(',', StringComparison.Ordinal));
        await AssertEveryTurnAnsweredOnceInOrderAsync(steps);
        Assert.Matches(CaseNumber, TextTo(MessageId(steps.Count - 1)));
    }

    private const string CaseNumber = @"AS-\d{8}-\d{4}";

    private static string MessageId(int step) => $"1:msg{step + 1:D2}";
}
