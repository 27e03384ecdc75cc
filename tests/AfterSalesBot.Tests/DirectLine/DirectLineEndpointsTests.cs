using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.DirectLine;

public sealed class DirectLineEndpointsTests(BotServerFixture fixture) : IClassFixture<BotServerFixture>
{
    private BotServer Server => fixture.Server;

    [Fact]
    public async Task EchoesThePostedActivityWithServerIdTimestampAndClientActivityId()
    {
        using var client = await new DirectLineTestClient(Server).StartSessionAsync();
        var id = await client.SendTextAsync("My stove will not light", clientActivityId: "client-42");

        var (activities, watermark) = await client.GetActivitiesAsync();
        var echo = activities.Single(a => (string?)a!["id"] == id)!;
        Assert.Equal("client-42", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
        Assert.Equal(client.UserId, (string?)echo["from"]!["id"]);
        Assert.EndsWith("Z", (string?)echo["timestamp"]);
        Assert.True(long.Parse(watermark) >= 1);
    }

    [Fact]
    public async Task TheBotGreetsAndListensToTheComplaint()
    {
        using var client = await new DirectLineTestClient(Server).StartSessionAsync();
        var id = await client.SendTextAsync("My water heater leaks");

        var replies = await client.WaitForRepliesAsync(id, count: 2);
        Assert.All(replies, r => Assert.Equal("bot", (string?)r["from"]!["role"]));
        Assert.Matches("I'm listening|Is that correct\\?", (string?)replies[^1]["text"]);
    }

    [Fact]
    public async Task RepliesInChineseWhenTheCustomerWritesWithAChineseLocale()
    {
        using var client = await new DirectLineTestClient(Server).StartSessionAsync();
        var id = await client.SendTextAsync("我的热水器漏水了", locale: "zh-CN");

        var replies = await client.WaitForRepliesAsync(id, count: 2);
        Assert.Matches("我在认真听|对吗", (string?)replies[^1]["text"]);
        Assert.Equal("zh-CN", (string?)replies[^1]["locale"]);
    }

    [Fact]
    public async Task WatermarkIsAnOpaqueStringAndOnlyNewerActivitiesFollowIt()
    {
        using var client = await new DirectLineTestClient(Server).StartSessionAsync();
        var first = await client.SendTextAsync("one");
        await client.WaitForRepliesAsync(first, 2);
        var (_, watermark) = await client.GetActivitiesAsync();

        var second = await client.SendTextAsync("two");
        await client.WaitForRepliesAsync(second, 1);
        var (newer, _) = await client.GetActivitiesAsync(watermark);

        Assert.DoesNotContain(newer, a => (string?)a!["id"] == first);
        Assert.Contains(newer, a => (string?)a!["id"] == second);
        var (fromStart, _) = await client.GetActivitiesAsync("");
        Assert.Contains(fromStart, a => (string?)a!["id"] == first);
    }

    [Theory]
    [InlineData("{not json", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\":\"no type\"}", HttpStatusCode.BadRequest)]
    public async Task MalformedActivitiesGetAClearErrorAndChangeNothing(string body, HttpStatusCode expected)
    {
        using var client = await new DirectLineTestClient(Server).StartSessionAsync();
        var response = await client.PostRawAsync(body);

        Assert.Equal(expected, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.False(string.IsNullOrEmpty((string?)error!["error"]!["message"]));
        var (activities, _) = await client.GetActivitiesAsync();
        Assert.Empty(activities);
    }

    [Fact]
    public async Task OversizedTextIsRejectedWith413AndAReason()
    {
        using var client = await new DirectLineTestClient(Server).StartSessionAsync();
        var response = await client.PostRawAsync($"{{\"type\":\"message\",\"text\":\"{new string('x', 9000)}\"}}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("limit", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["message"]);
    }

    [Fact]
    public async Task OversizedBodyIsRejectedWith413()
    {
        using var client = await new DirectLineTestClient(Server).StartSessionAsync();
        var response = await client.PostRawAsync($"{{\"type\":\"message\",\"value\":\"{new string('x', 300_000)}\"}}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task AnotherConversationsTokenIsForbidden()
    {
        using var alice = await new DirectLineTestClient(Server).StartSessionAsync();
        using var mallory = await new DirectLineTestClient(Server).StartSessionAsync();

        var response = await mallory.PostRawAsync("{\"type\":\"message\",\"text\":\"hi\"}", conversationId: alice.ConversationId);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AClientCannotPostAsAnotherUser()
    {
        using var client = await new DirectLineTestClient(Server).StartSessionAsync();
        var response = await client.PostRawAsync("{\"type\":\"message\",\"text\":\"hi\",\"from\":{\"id\":\"dl_somebody-else\"}}");
        var id = (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;

        var (activities, _) = await client.GetActivitiesAsync();
        Assert.Equal(client.UserId, (string?)activities.Single(a => (string?)a!["id"] == id)!["from"]!["id"]);
    }

    [Fact]
    public async Task GeneratingTokensRequiresTheSecret()
    {
        using var http = Server.CreateClient();
        var anonymous = await http.PostAsync("/v3/directline/tokens/generate", null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate")
        {
            Content = JsonContent.Create(new { user = new { id = "dl_alice" } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotServer.Secret);
        var generated = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        var body = (await generated.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.False(string.IsNullOrEmpty((string?)body["token"]));
        Assert.True((int)body["expires_in"]! > 0);
    }

    [Fact]
    public async Task StartingAConversationReturnsTokenAndStreamUrl()
    {
        using var client = await new DirectLineTestClient(Server).StartSessionAsync();
        using var http = Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", client.Token);

        var response = await http.SendAsync(request);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(client.ConversationId, (string?)body["conversationId"]);
        Assert.False(string.IsNullOrEmpty((string?)body["token"]));
        Assert.StartsWith("ws://127.0.0.1:", (string?)body["streamUrl"]);
    }

    [Fact]
    public async Task UnknownConversationIs404ForTheSecretHolder()
    {
        using var http = Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v3/directline/conversations/doesnotexist/activities");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotServer.Secret);
        Assert.Equal(HttpStatusCode.NotFound, (await http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task UploadStoresTheFileAndTheBotSeesItsContentUrl()
    {
        using var client = await new DirectLineTestClient(Server).StartSessionAsync();
        using var http = Server.CreateClient();
        using var form = new MultipartFormDataContent();
        var activity = new StringContent("{\"type\":\"message\",\"text\":\"photo of the damage\"}", Encoding.UTF8, "application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        var file = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "damage.png");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/upload?userId={client.UserId}") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", client.Token);

        var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var id = (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        var replies = await client.WaitForRepliesAsync(id, 2);
        Assert.Contains(replies, r => ((string?)r["text"])?.Contains("damage.png") == true);

        var (activities, _) = await client.GetActivitiesAsync();
        var url = (string)activities.Single(a => (string?)a!["id"] == id)!["attachments"]![0]!["contentUrl"]!;
        var download = await http.GetAsync(url);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 1, 2, 3 }, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("data:image/jpeg;base64,/9j/4AAQSkZJRg==", "data:image/jpeg;base64,/9j/4AAQSkZJRg==")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", null)]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("https://elsewhere.example/track.png", null)]
    public async Task UploadKeepsOnlyAnInlineImageThumbnailTheClientMadeForItsFile(string thumbnail, string? kept)
    {
        // Web Chat shows a customer's own attachment as a picture only when it carries a thumbnail (else a file badge).
        using var client = await new DirectLineTestClient(Server).StartSessionAsync();
        using var http = Server.CreateClient();
        using var form = new MultipartFormDataContent();
        var template = new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "image/png", ["name"] = "damage.png", ["thumbnailUrl"] = thumbnail }),
        };
        form.Add(new StringContent(template.ToJsonString(), Encoding.UTF8, "application/vnd.microsoft.activity"), "activity", "blob");
        var file = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "damage.png");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/upload?userId={client.UserId}") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", client.Token);

        var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var id = (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        var (activities, _) = await client.GetActivitiesAsync();
        var attachment = activities.Single(a => (string?)a!["id"] == id)!["attachments"]![0]!;
        Assert.Equal(kept, (string?)attachment["thumbnailUrl"]);
        Assert.StartsWith(Server.BaseUrl.ToString().TrimEnd('/') + "/v3/directline/attachments/", (string)attachment["contentUrl"]!);
    }

    [Fact]
    public async Task CorsPreflightAllowsTheDirectLineHeaders()
    {
        using var http = Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", "https://shop.example.com");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");

        var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("x-ms-bot-agent", allowed);
        Assert.Contains("authorization", allowed);
    }
}
