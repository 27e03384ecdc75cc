using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Backplane;

/// <summary>
/// A message that lands on the instance that does not hold its conversation's lease (round robin) is committed there and
/// run by the owner (ADR 0028). The owner hears of it through the Redis notice of that commit and runs it at once; it
/// used to find it only at its lease keeper's next look. The looks are a minute apart here, so a reply within a few seconds
/// came through the nudge.
/// </summary>
public class OwnerNudgeTests : IAsyncLifetime
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(60);
    private BackplaneHosts _hosts = null!;

    protected virtual StorageEngine Engine => StorageEngine.Sqlite;

    public async Task InitializeAsync() => _hosts = await BackplaneHosts.StartAsync(Engine, await RedisServer.GetSharedAsync(), "nudge",
        new Dictionary<string, string>
        {
            ["ConversationLease__Duration"] = "00:05:00",
            ["ConversationLease__PollInterval"] = Poll.ToString(),
            ["ConversationLease__IdleRelease"] = "00:05:00",
        });

    [Fact]
    public async Task AMessageTheNonOwnerAcceptedRunsWithoutWaitingForTheOwnersNextLook()
    {
        // A runs the first turn and so holds the lease (claimed on the turn's own path, no look needed).
        using var customer = await new DirectLineTestClient(_hosts.A).StartSessionAsync();
        await customer.WaitForRepliesAsync(await customer.SendTextAsync("My Q5 gas stove will not light since yesterday"), timeout: TimeSpan.FromSeconds(30));

        foreach (var text in new[] { "that is all", "yes" })
        {
            var sent = Stopwatch.StartNew();
            var id = await SendThroughBAsync(customer, text);
            var replies = await customer.WaitForRepliesAsync(id, timeout: Poll * 2);
            Assert.NotEmpty(replies);
            Assert.True(sent.Elapsed < TimeSpan.FromSeconds(5), $"The reply to '{text}', accepted by B, came after {sent.Elapsed} (looks every {Poll}).");
        }
    }

    private async Task<string> SendThroughBAsync(DirectLineTestClient customer, string text)
    {
        using var onB = new DirectLineTestClient(_hosts.B);
        var body = JsonSerializer.Serialize(new { type = "message", text, locale = "en-US", from = new { id = customer.UserId, role = "user" } });
        var response = await onB.PostRawAsync(body, customer.Token, customer.ConversationId);
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    public async Task DisposeAsync() => await _hosts.DisposeAsync();
}

/// <summary>The same on PostgreSQL.</summary>
public sealed class OwnerNudgeOnPostgreSqlTests : OwnerNudgeTests
{
    protected override StorageEngine Engine => StorageEngine.PostgreSql;
}
