using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Tests.Channels.Connector;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Channels.Messages;

/// <summary>
/// The outbox of connector replies, end to end: the real host (its own process, its SQLite file) replying to a Teams
/// conversation through the connector stub on loopback (anonymous mode). The stub refuses chosen replies; what the
/// test sees is what the channel received, in order, and the outbox rows in the database.
/// </summary>
public sealed class ConnectorOutboxTests(ConnectorOutboxTests.OnSqlite host)
    : ConnectorOutboxCases(host), IClassFixture<ConnectorOutboxTests.OnSqlite>
{
    public sealed class OnSqlite() : Host(StorageEngine.Sqlite);
}

/// <summary>The same, with the hosts on a database of the run's throwaway PostgreSQL cluster.</summary>
public sealed class ConnectorOutboxOnPostgreSqlTests(ConnectorOutboxOnPostgreSqlTests.OnPostgreSql host)
    : ConnectorOutboxCases(host), IClassFixture<ConnectorOutboxOnPostgreSqlTests.OnPostgreSql>
{
    public sealed class OnPostgreSql() : Host(StorageEngine.PostgreSql);
}

public abstract class ConnectorOutboxCases(ConnectorOutboxCases.Host host)
{
    private const string AdminKey = "outbox-admin-key";
    private const string FirstWords = "My Q5 gas stove will not light since yesterday";
    private readonly StubConnectorServer _channel = host.Channel;

    /// <summary>Short waits so the retries happen within a test; the production defaults are seconds to minutes.</summary>
    private static Dictionary<string, string> Settings(string baseDelay = "00:00:00.300", string claimLease = "00:00:10") => new()
    {
        ["Admin__ApiKey"] = AdminKey,
        ["Bot__AllowAnonymous"] = "true",
        ["Outbox__BaseDelay"] = baseDelay,
        ["Outbox__PollInterval"] = "00:00:00.200",
        ["Outbox__MaxAttempts"] = "4",
        ["Outbox__ClaimLease"] = claimLease,
    };

    public abstract class Host(StorageEngine engine) : IAsyncLifetime
    {
        public StorageEngine Engine { get; } = engine;
        public HostDatabase Database { get; private set; } = null!;
        public BotServer Server { get; private set; } = null!;
        public StubConnectorServer Channel { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Channel = await StubConnectorServer.StartAsync();
            Database = await HostDatabase.CreateAsync(Engine, "outbox");
            Server = await Database.StartServerAsync(Settings());
        }

        public async Task DisposeAsync()
        {
            await Server.DisposeAsync();
            await Database.DisposeAsync();
            await Channel.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_reply_refused_twice_with_500_is_delivered_once_on_the_third_attempt_and_the_next_turn_waits_behind_it()
    {
        var conversation = NewConversation();
        _channel.FailWhen(r => IsReplyTo(r, conversation, "step-1"), 500, times: 2);

        await PostAsync(host.Server, Message(conversation, "step-1", FirstWords));
        await PostAsync(host.Server, Message(conversation, "step-2", "that is all"));
        await WaitForRequestsAsync(r => IsReplyTo(r, conversation, "step-2") && r.Body.Contains("Is that correct?", StringComparison.Ordinal), 1);

        var requests = _channel.Requests.Where(r => r.RawTarget.Contains(conversation, StringComparison.Ordinal)).ToList();
        var first = requests.Where(r => IsReplyTo(r, conversation, "step-1")).ToList();
        var firstBodies = first.Select(r => r.Body).Distinct().ToList();
        Assert.Contains("Hello", firstBodies[0]);
        Assert.Equal(3, first.Count(r => r.Body == firstBodies[0])); // refused, refused, accepted
        Assert.All(firstBodies.Skip(1), body => Assert.Single(first, r => r.Body == body));
        // In order: nothing of the second turn went out before every reply of the first was accepted.
        Assert.True(requests.FindLastIndex(r => IsReplyTo(r, conversation, "step-1")) < requests.FindIndex(r => IsReplyTo(r, conversation, "step-2")));

        var rows = await WaitForOutboxAsync(host.Server, conversation, rs => rs.All(o => o.State == OutboxState.Delivered));
        Assert.Equal(firstBodies.Count + requests.Count(r => IsReplyTo(r, conversation, "step-2")), rows.Count);
        Assert.Equal(3, rows[0].Attempts);
        Assert.All(rows.Skip(1), o => Assert.Equal(1, o.Attempts));
    }

    [Fact]
    public async Task A_throttled_reply_waits_as_long_as_the_channel_asked_by_Retry_After_before_the_outbox_tries_again()
    {
        var conversation = NewConversation();
        // The connector client itself retries 429 three times (honouring Retry-After); the fourth 429 reaches the outbox.
        _channel.FailWhen(r => IsReplyTo(r, conversation, "step-1"), 429, times: 4, ("Retry-After", "2"));

        await PostAsync(host.Server, Message(conversation, "step-1", FirstWords));

        var rows = await WaitForOutboxAsync(host.Server, conversation, rs => rs.Count > 0 && rs.All(o => o.State == OutboxState.Delivered));
        // The client's four requests take 8 to 10 s (before each retry the longer of the Retry-After, 2 s, and its own
        // backoff, 1, 2 and 4 s plus up to 1 s of jitter), about this host's 10 s claim lease: the holder keeps its claim
        // while it sends (ADR 0044), so no second send starts beside it, as one did on a loaded machine (six requests,
        // the reply accepted twice).
        var attempts = _channel.Requests.Where(r => IsReplyTo(r, conversation, "step-1") && r.Body.Contains("Hello", StringComparison.Ordinal)).ToList();
        // On failure, what happened: every request for this reply with its time and status, and the outbox rows.
        var requests = string.Join("\n", attempts.Select(a => $"{a.ReceivedAt:HH:mm:ss.fff} {a.Status} {a.Method} {a.RawTarget}"));
        var outbox = string.Join("\n", rows.Select(o => $"{o.Sequence} {o.State} x{o.Attempts} {o.LastError}"));
        Assert.True(attempts.Count == 5, $"{attempts.Count} requests, not 5:\n{requests}\noutbox:\n{outbox}");
        Assert.Equal([429, 429, 429, 429, 200], attempts.Select(a => a.Status));
        Assert.Equal(2, rows[0].Attempts); // the outbox's first attempt (four requests) and its second
        // Every wait, the outbox's included (its own backoff here is 0.3 s), is at least the 2 s the channel asked for.
        for (var i = 1; i < attempts.Count; i++)
            Assert.True(attempts[i].ReceivedAt - attempts[i - 1].ReceivedAt >= TimeSpan.FromSeconds(1.9),
                $"Attempt {i + 1} came {(attempts[i].ReceivedAt - attempts[i - 1].ReceivedAt).TotalSeconds:0.00} s after the one before.");
    }

    [Fact]
    public async Task A_send_that_outlasts_the_claim_lease_keeps_its_claim_so_the_reply_is_not_sent_again_beside_it()
    {
        // One send of the connector client, its own retries of a 429 included, takes 8 to 10 s here: far past this host's
        // 3 s lease. A claim that ran out mid-send let the dispatcher take the reply and send it again beside the first.
        await using var database = await HostDatabase.CreateAsync(host.Engine, "outbox-lease");
        await using var server = await database.StartServerAsync(Settings(claimLease: "00:00:03"));
        var conversation = NewConversation();
        _channel.FailWhen(r => IsReplyTo(r, conversation, "step-1"), 429, times: 4, ("Retry-After", "2"));

        await PostAsync(server, Message(conversation, "step-1", FirstWords));

        var rows = await WaitForOutboxAsync(server, database, conversation, rs => rs.Count > 0 && rs.All(o => o.State == OutboxState.Delivered));
        await Task.Delay(TimeSpan.FromSeconds(6)); // longer than any wait of a send still in flight
        var attempts = _channel.Requests.Where(r => IsReplyTo(r, conversation, "step-1") && r.Body.Contains("Hello", StringComparison.Ordinal)).ToList();
        var requests = string.Join("\n", attempts.Select(a => $"{a.ReceivedAt:HH:mm:ss.fff} {a.Status} {a.Method} {a.RawTarget}"));
        Assert.True(attempts.Count(a => a.Status == 200) == 1, $"The reply was accepted {attempts.Count(a => a.Status == 200)} times:\n{requests}");
        Assert.Equal([429, 429, 429, 429, 200], attempts.Select(a => a.Status));
        Assert.Equal(2, rows[0].Attempts);
        Assert.DoesNotContain("the claim ran out", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_refused_with_403_is_parked_at_once_without_retries_and_counted_for_the_operator()
    {
        var conversation = NewConversation();
        _channel.FailWhen(r => IsReplyTo(r, conversation, "step-1"), 403, times: 100);
        var parkedBefore = await ParkedCountAsync(host.Server);

        await PostAsync(host.Server, Message(conversation, "step-1", FirstWords));

        var rows = await WaitForOutboxAsync(host.Server, conversation, rs => rs.Count > 0 && rs[0].State == OutboxState.Parked);
        Assert.Equal(1, rows[0].Attempts);
        Assert.Contains("403", rows[0].LastError);
        await Task.Delay(1500); // several dispatcher passes
        Assert.Single(_channel.Requests, r => IsReplyTo(r, conversation, "step-1") && r.Body.Contains("Hello", StringComparison.Ordinal));
        Assert.True(await ParkedCountAsync(host.Server) >= parkedBefore + 1);
    }

    [Fact]
    public async Task A_reply_refused_before_a_crash_is_delivered_by_the_restarted_host()
    {
        await using var database = await HostDatabase.CreateAsync(host.Engine, "outbox-crash");
        await using var server = await database.StartServerAsync(Settings(baseDelay: "00:00:03"));
        var conversation = NewConversation();
        _channel.FailWhen(r => IsReplyTo(r, conversation, "step-1"), 500, times: 1);

        await PostAsync(server, Message(conversation, "step-1", FirstWords));
        await WaitForOutboxAsync(server, database, conversation, rs => rs.Count > 0 && rs[0].State == OutboxState.Failed);
        await server.KillAsync();
        Assert.Single(_channel.Requests, r => IsReplyTo(r, conversation, "step-1") && r.Body.Contains("Hello", StringComparison.Ordinal));

        await server.StartAsync();
        var rows = await WaitForOutboxAsync(server, database, conversation, rs => rs.All(o => o.State == OutboxState.Delivered));
        Assert.Equal(2, rows[0].Attempts);
        Assert.Equal(2, _channel.Requests.Count(r => IsReplyTo(r, conversation, "step-1") && r.Body.Contains("Hello", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Two_instances_on_one_database_deliver_each_refused_reply_exactly_once()
    {
        await using var database = await HostDatabase.CreateAsync(host.Engine, "outbox-two");
        await using var first = await database.StartServerAsync(Settings(baseDelay: "00:00:01"));
        await using var second = await database.StartServerAsync(Settings(baseDelay: "00:00:01"));
        var conversations = Enumerable.Range(0, 6).Select(_ => NewConversation()).ToList();
        foreach (var conversation in conversations)
        {
            _channel.FailWhen(r => IsReplyTo(r, conversation, "step-1"), 500, times: 1);
            await PostAsync(conversations.IndexOf(conversation) % 2 == 0 ? first : second, Message(conversation, "step-1", FirstWords));
        }

        foreach (var conversation in conversations)
            await WaitForOutboxAsync(first, database, conversation, rs => rs.Count > 0 && rs.All(o => o.State == OutboxState.Delivered));
        await Task.Delay(1500); // time for a duplicate to show
        foreach (var conversation in conversations)
        {
            var sent = _channel.Requests.Where(r => IsReplyTo(r, conversation, "step-1")).GroupBy(r => r.Body).ToList();
            Assert.Equal(2, sent.Single(g => g.Key.Contains("Hello", StringComparison.Ordinal)).Count()); // refused once, delivered once
            Assert.All(sent.Where(g => !g.Key.Contains("Hello", StringComparison.Ordinal)), g => Assert.Single(g));
        }
    }

    private static string NewConversation() => "conv-" + Guid.NewGuid().ToString("N");

    private static bool IsReplyTo(RecordedRequest request, string conversation, string activityId) =>
        request.RawTarget.Contains(conversation, StringComparison.Ordinal) && request.RawTarget.EndsWith("/" + activityId, StringComparison.Ordinal);

    private static async Task<int> ParkedCountAsync(BotServer server)
    {
        using var http = server.CreateClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        using var response = await http.GetAsync("/api/admin/outbox");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("Parked").GetInt32();
    }

    private Task<List<OutboxItem>> WaitForOutboxAsync(BotServer server, string conversation, Func<List<OutboxItem>, bool> done) =>
        WaitForOutboxAsync(server, host.Database, conversation, done);

    private static async Task<List<OutboxItem>> WaitForOutboxAsync(BotServer server, HostDatabase database, string conversation,
        Func<List<OutboxItem>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(40);
        while (true)
        {
            await using (var db = database.OpenBot())
            {
                var rows = await db.Outbox.AsNoTracking().Where(o => o.ConversationId == conversation).OrderBy(o => o.Sequence).ToListAsync();
                if (done(rows)) return rows;
                if (DateTime.UtcNow > deadline)
                    throw new TimeoutException($"Outbox of {conversation}: {string.Join(", ", rows.Select(o => $"{o.Sequence} {o.State} x{o.Attempts} {o.LastError}"))}\n{server.Output}");
            }
            await Task.Delay(100);
        }
    }

    private async Task WaitForRequestsAsync(Func<RecordedRequest, bool> match, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (_channel.Requests.Count(match) < count)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Saw {_channel.Requests.Count(match)} of {count} requests.\n{host.Server.Output}");
            await Task.Delay(50);
        }
    }

    private JsonObject Message(string conversation, string id, string text) =>
        TeamsActivities.Message(_channel.BaseAddress, conversation, id, text, "user-" + conversation);

    private static async Task PostAsync(BotServer server, JsonObject activity)
    {
        using var http = server.CreateClient();
        using var response = await http.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }
}
