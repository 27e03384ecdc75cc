using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Tests.Console;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace AfterSalesBot.Tests.Scaling;

/// <summary>
/// Three real host processes on one database behind nginx (round robin), as a deployment runs them: a customer's
/// complaint whose messages land on successive instances, and one whose instance is killed mid-turn, get every reply
/// once and in order, with gap-free watermarks (ADR 0028). Activities are read by polling, which reads the database.
/// </summary>
public abstract partial class ConversationAcrossInstancesCases(StorageEngine engine, ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>A short lease, so a killed owner's conversation is taken over within seconds.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(3);

    private readonly List<BotServer> _servers = [];
    private HostDatabase _database = null!;
    private NginxFront _front = null!;

    public async Task InitializeAsync() => _database = await HostDatabase.CreateAsync(engine, "instances");

    /// <param name="idleRelease">How long an owner keeps an idle conversation: short, the lease changes hands between
    /// messages; long, one owner runs the turns of messages the others accepted.</param>
    private async Task StartInstancesAsync(TimeSpan idleRelease)
    {
        var settings = new Dictionary<string, string>
        {
            ["ConversationLease__Duration"] = Lease.ToString(),
            ["ConversationLease__PollInterval"] = "00:00:00.100",
            ["ConversationLease__IdleRelease"] = idleRelease.ToString(),
        };
        // One after the other (the first migrates the database); each is listed before it starts, so one that fails to
        // start is still stopped at the end.
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
    }

    [Fact]
    public async Task A_customer_whose_messages_land_on_successive_instances_gets_every_reply_once_and_in_order()
    {
        await StartInstancesAsync(idleRelease: TimeSpan.FromMilliseconds(300));
        using var customer = await new DirectLineTestClient(_front.BaseUrl).StartSessionAsync();
        using var reader = HistoryReader.Follow(customer);

        var said = await ConverseAsync(customer, ConsoleCustomer.RepairAgreed);

        Assert.Matches(@"AS-\d{8}-\d{4}", said[^1]);
        var posts = _front.Served("/activities").Where(r => r.Method == "POST").ToList();
        Assert.Equal(ConsoleCustomer.RepairAgreed.Count, posts.Count);
        Assert.All(posts, p => Assert.Equal(200, p.Status));
        // Round robin: three successive messages, three instances.
        for (var i = 2; i < posts.Count; i++) Assert.Equal(3, posts.Skip(i - 2).Take(3).Select(p => p.Upstream).Distinct().Count());
        await AssertEveryTurnRanOnceInOrderAsync(customer, reader);
    }

    [Fact]
    public async Task When_the_instance_running_a_conversation_is_killed_mid_turn_the_others_take_over_with_nothing_lost_or_repeated()
    {
        await StartInstancesAsync(idleRelease: TimeSpan.FromMinutes(1));
        using var customer = await new DirectLineTestClient(_front.BaseUrl).StartSessionAsync();
        using var reader = HistoryReader.Follow(customer);
        var steps = ConsoleCustomer.RepairAgreed;
        await ConverseAsync(customer, steps.Take(3));

        // The next message goes straight to the instance that holds the conversation, which is killed as soon as it
        // has acknowledged it: its turn is then running or about to run, and never commits.
        var owner = await OwnerAsync(customer.ConversationId);
        var killedTurn = await SendDirectAsync(owner, customer, steps[3].Say);
        await owner.KillAsync();
        var sinceKill = Stopwatch.StartNew();
        var committedBeforeKill = await ProcessedAsync(customer.ConversationId, SequenceOf(killedTurn));

        var replies = await customer.WaitForRepliesAsync(killedTurn, timeout: TimeSpan.FromSeconds(60));
        var takeOver = sinceKill.Elapsed;
        output.WriteLine($"Killed the owner {(committedBeforeKill ? "after" : "before")} its turn committed; the reply came {takeOver.TotalSeconds:F1} s after the kill (lease {Lease.TotalSeconds} s).");
        Assert.Contains(steps[3].Expect, string.Join(" ", replies.Select(r => (string?)r["text"])), StringComparison.Ordinal);
        Assert.True(takeOver < Lease + TimeSpan.FromSeconds(10), $"Take-over took {takeOver}.");

        var said = await ConverseAsync(customer, steps.Skip(4));
        Assert.Matches(@"AS-\d{8}-\d{4}", said[^1]);
        // nginx skipped the dead instance (it names both it and the one that answered), and the customer saw no error.
        var served = _front.Served("/activities");
        Assert.Contains(served, r => r.Upstream.Contains(',', StringComparison.Ordinal));
        Assert.All(served, r => Assert.Equal(200, r.Status));
        await AssertEveryTurnRanOnceInOrderAsync(customer, reader);
    }

    /// <summary>Says each step and waits for the bot's answer; the answers' texts.</summary>
    private static async Task<List<string>> ConverseAsync(DirectLineTestClient customer, IEnumerable<(string Say, string Expect)> steps)
    {
        var heard = new List<string>();
        foreach (var (say, expect) in steps)
        {
            var replies = await customer.WaitForRepliesAsync(await customer.SendTextAsync(say), timeout: TimeSpan.FromSeconds(60));
            var text = string.Join(" ", replies.Select(r => (string?)r["text"]));
            Assert.True(text.Contains(expect, StringComparison.Ordinal), $"After '{say}' expected '{expect}', heard: {text}");
            heard.Add(text);
        }
        return heard;
    }

    private async Task<BotServer> OwnerAsync(string conversationId)
    {
        await using var db = _database.OpenBot();
        var lease = await db.ConversationLeases.AsNoTracking().SingleAsync(l => l.ConversationId == conversationId);
        var pid = int.Parse(lease.Owner[..lease.Owner.IndexOf('-', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
        return _servers.Single(s => s.ProcessId == pid);
    }

    private static async Task<string> SendDirectAsync(BotServer server, DirectLineTestClient customer, string text)
    {
        using var direct = new DirectLineTestClient(server);
        var body = JsonSerializer.Serialize(new { type = "message", text, locale = "en-US", from = new { id = customer.UserId, role = "user" } });
        var response = await direct.PostRawAsync(body, customer.Token, customer.ConversationId);
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["id"]!;
    }

    private async Task<bool> ProcessedAsync(string conversationId, long sequence)
    {
        await using var db = _database.OpenBot();
        return await db.Conversations.AnyAsync(c => c.Id == conversationId && c.LastProcessedSequence >= sequence);
    }

    private static long SequenceOf(string activityId) => long.Parse(activityId[(activityId.LastIndexOf('|') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
}
