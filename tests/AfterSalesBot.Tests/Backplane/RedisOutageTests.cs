using System.Diagnostics;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Backplane;

/// <summary>
/// Redis goes away under two running instances: they keep serving their own sockets, report Degraded (not Unhealthy,
/// so a load balancer keeps them), and once Redis is back they reconnect and replies cross instances again.
/// </summary>
public sealed class RedisOutageTests : IAsyncLifetime
{
    private RedisServer _redis = null!;
    private BackplaneHosts _hosts = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartNewAsync(); // its own: this test stops it
        _hosts = await BackplaneHosts.StartAsync(StorageEngine.Sqlite, _redis, "outage");
    }

    [Fact]
    public async Task WithoutRedisAnInstanceServesItsOwnSocketsReportsDegradedAndRecovers()
    {
        await WaitForHealthAsync(_hosts.A, "Healthy");
        using var customer = await new DirectLineTestClient(_hosts.A).StartSessionAsync();
        await using var onA = await LiveStream.OpenAsync(_hosts.A, customer);

        await _redis.StopAsync();
        await WaitForHealthAsync(_hosts.A, "Degraded");
        var whileDown = await customer.SendTextAsync("My Q5 gas stove will not light since yesterday");
        await onA.WaitForAsync(a => (string?)a["replyToId"] == whileDown, "a reply on the same instance while Redis is down");

        await _redis.StartAgainAsync();
        await WaitForHealthAsync(_hosts.A, "Healthy");
        await WaitForHealthAsync(_hosts.B, "Healthy");
        var (activities, _) = await customer.GetActivitiesAsync();
        var afterwards = await PostOnAsync(_hosts.B, customer, "that is all");
        await onA.WaitForAsync(a => (string?)a["replyToId"] == afterwards, "a reply made on B, on A's socket, once Redis is back");
        Assert.Equal(Enumerable.Range(1, onA.StoredSequences().Count).Select(i => (long)i), onA.StoredSequences());
        Assert.True(onA.StoredSequences().Count > activities.Count);
        Assert.Contains("Redis connection lost", _hosts.A.Output, StringComparison.Ordinal);
    }

    /// <summary>A message in the customer's conversation, posted to another instance than the one their session began on (the
    /// same token works there: the signing key is shared).</summary>
    private static async Task<string> PostOnAsync(BotServer server, DirectLineTestClient customer, string text)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { type = "message", text, from = new { id = customer.UserId, role = "user" } });
        using var http = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{customer.ConversationId}/activities")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", customer.Token);
        var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
    }

    private static async Task WaitForHealthAsync(BotServer server, string expected)
    {
        using var http = server.CreateClient();
        var deadline = Stopwatch.StartNew();
        var last = "";
        while (true)
        {
            var response = await http.GetAsync("/health/ready");
            last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            if (last == "200 " + expected) return;
            if (deadline.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException($"/health/ready never said {expected}; last: {last}");
            await Task.Delay(100);
        }
    }

    public async Task DisposeAsync()
    {
        await _hosts.DisposeAsync();
        await _redis.DisposeAsync();
    }
}
