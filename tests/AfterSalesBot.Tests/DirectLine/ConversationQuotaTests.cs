using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AfterSalesBot.Tests.DirectLine;

/// <summary>
/// Per-conversation quotas on the real host (issue 13): a script cannot fill the database from one web session, a batch
/// of files gets one acknowledgement, and a refused upload leaves nothing behind.
/// </summary>
public sealed class ConversationQuotaTests(ConversationQuotaTests.Host host) : IClassFixture<ConversationQuotaTests.Host>
{
    public sealed class Host : IAsyncLifetime
    {
        public BotServer Server { get; private set; } = null!;

        public async Task InitializeAsync() => Server = await BotServer.StartNewAsync(new Dictionary<string, string>
        {
            ["Quotas__MessagesPerMinute"] = "4",
            ["Quotas__BytesPerDay"] = "40000",
            ["Quotas__AttachmentsPerActivity"] = "3",
        });

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }

    [Fact]
    public async Task TheFifthMessageInAMinuteIs429WithRetryAfterAndAReason()
    {
        using var customer = await new DirectLineTestClient(host.Server).StartSessionAsync();
        for (var i = 0; i < 4; i++) Assert.True((await customer.PostRawAsync(Text($"message {i}"))).IsSuccessStatusCode);

        var refused = await customer.PostRawAsync(Text("one too many"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is missing");
        var error = (await refused.Content.ReadFromJsonAsync<JsonObject>())!["error"]!;
        Assert.Equal("TooManyMessages", (string?)error["code"]);
        Assert.Contains("4 messages a minute", (string?)error["message"]);
        var (activities, _) = await customer.GetActivitiesAsync();
        Assert.DoesNotContain(activities, a => (string?)a!["text"] == "one too many");
    }

    [Fact]
    public async Task AnotherConversationIsNotSlowedByTheFirst()
    {
        using var noisy = await new DirectLineTestClient(host.Server).StartSessionAsync();
        for (var i = 0; i < 5; i++) await noisy.PostRawAsync(Text($"spam {i}"));
        using var quiet = await new DirectLineTestClient(host.Server).StartSessionAsync();

        Assert.True((await quiet.PostRawAsync(Text("My oven does not heat"))).IsSuccessStatusCode);
    }

    [Fact]
    public async Task TheDailyVolumeIsEnforced()
    {
        using var customer = await new DirectLineTestClient(host.Server).StartSessionAsync();
        var big = "{\"type\":\"message\",\"text\":\"x\",\"channelData\":{\"pad\":\"" + new string('a', 25_000) + "\"}}";
        Assert.True((await customer.PostRawAsync(big)).IsSuccessStatusCode);

        var refused = await customer.PostRawAsync(big);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var error = (await refused.Content.ReadFromJsonAsync<JsonObject>())!["error"]!;
        Assert.Equal("DailyVolumeExceeded", (string?)error["code"]);
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    [Fact]
    public async Task TooManyAttachmentEntriesAreRefusedWithoutAReplyEach()
    {
        using var customer = await new DirectLineTestClient(host.Server).StartSessionAsync();
        var entries = string.Join(",", Enumerable.Range(0, 50).Select(i => $"{{\"contentType\":\"image/png\",\"contentUrl\":\"https://example.com/{i}.png\"}}"));

        var refused = await customer.PostRawAsync("{\"type\":\"message\",\"text\":\"photos\",\"attachments\":[" + entries + "]}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("TooManyAttachments", (string?)(await refused.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]);
    }

    [Fact]
    public async Task ABatchOfFilesGetsOneAcknowledgement()
    {
        using var customer = await new DirectLineTestClient(host.Server).StartSessionAsync();

        var response = await UploadAsync(customer, "photos of the damage", "front.png", "back.png", "label.png");

        response.EnsureSuccessStatusCode();
        var id = (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        var replies = await customer.WaitForRepliesAsync(id, 2);
        await Task.Delay(500);
        var (activities, _) = await customer.GetActivitiesAsync();
        var acknowledgements = activities.Where(a => (string?)a!["replyToId"] == id && ((string?)a!["text"])?.Contains(".png", StringComparison.Ordinal) == true).ToList();
        var acknowledgement = Assert.Single(acknowledgements);
        Assert.Contains("3 files", (string?)acknowledgement!["text"]);
        Assert.Contains("back.png", (string?)acknowledgement!["text"]);
        Assert.NotEmpty(replies);
    }

    [Fact]
    public async Task ARefusedUploadLeavesNoFileBehind()
    {
        using var customer = await new DirectLineTestClient(host.Server).StartSessionAsync();

        var tooLong = await UploadAsync(customer, new string('字', 9000), "damage.png");
        var tooMany = await UploadAsync(customer, "four files", "1.png", "2.png", "3.png", "4.png");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooMany.StatusCode);
        Assert.Equal(0, await StoredFilesAsync(customer.ConversationId));
    }

    private async Task<long> StoredFilesAsync(string conversationId)
    {
        var file = Path.Combine(host.Server.DataDirectory, "aftersalesbot.db");
        await using var db = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM DirectLineAttachments WHERE ConversationId = $id";
        command.Parameters.AddWithValue("$id", conversationId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<HttpResponseMessage> UploadAsync(DirectLineTestClient customer, string text, params string[] names)
    {
        using var http = host.Server.CreateClient();
        using var form = new MultipartFormDataContent();
        var activity = new StringContent(new JsonObject { ["type"] = "message", ["text"] = text }.ToJsonString(), Encoding.UTF8, "application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        foreach (var name in names)
        {
            var file = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(file, "file", name);
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{customer.ConversationId}/upload?userId={customer.UserId}") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", customer.Token);
        return await http.SendAsync(request);
    }

    private static string Text(string text) => new JsonObject { ["type"] = "message", ["text"] = text }.ToJsonString();
}
