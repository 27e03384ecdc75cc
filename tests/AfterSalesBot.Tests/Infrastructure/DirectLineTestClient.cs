using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AfterSalesBot.Tests.Infrastructure;

/// <summary>A plain HTTP Direct Line client for protocol-level assertions (the npm client is tested separately).</summary>
public sealed class DirectLineTestClient(HttpClient http) : IDisposable
{
    private readonly HttpClient _http = http;

    public DirectLineTestClient(BotServer server) : this(server.CreateClient())
    {
    }

    /// <summary>A client of whatever answers at <paramref name="baseUrl"/>, such as a load balancer (<see cref="NginxFront"/>).</summary>
    public DirectLineTestClient(Uri baseUrl) : this(new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) })
    {
    }

    public string ConversationId { get; private set; } = "";
    public string Token { get; private set; } = "";
    public string UserId { get; private set; } = "";

    /// <summary>The session endpoint's answer to the previous token: resumed, or why not.</summary>
    public bool Resumed { get; private set; }
    public string? ResumeRefused { get; private set; }

    public async Task<DirectLineTestClient> StartSessionAsync(string? previousToken = null)
    {
        var response = await _http.PostAsJsonAsync("/api/webchat/session", new { token = previousToken });
        response.EnsureSuccessStatusCode();
        var session = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        ConversationId = (string)session["conversationId"]!;
        Token = (string)session["token"]!;
        UserId = (string)session["userId"]!;
        Resumed = (bool)session["resumed"]!;
        ResumeRefused = (string?)session["resumeRefused"];
        return this;
    }

    public async Task<HttpResponseMessage> PostRawAsync(string json, string? token = null, string? conversationId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId ?? ConversationId}/activities")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        return await _http.SendAsync(request);
    }

    public async Task<string> SendTextAsync(string text, string locale = "en-US", string? clientActivityId = null)
    {
        var body = JsonSerializer.Serialize(new
        {
            type = "message",
            text,
            locale,
            from = new { id = UserId, role = "user" },
            channelData = new { clientActivityID = clientActivityId ?? Guid.NewGuid().ToString("N") },
        });
        var response = await PostRawAsync(body);
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    public async Task<(JsonArray Activities, string Watermark)> GetActivitiesAsync(string? watermark = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get,
            $"/v3/directline/conversations/{ConversationId}/activities" + (watermark is null ? "" : "?watermark=" + Uri.EscapeDataString(watermark)));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var set = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return ((JsonArray)set["activities"]!, (string)set["watermark"]!);
    }

    /// <summary>Polls until the bot has replied to <paramref name="activityId"/> <paramref name="count"/> times.</summary>
    public async Task<List<JsonNode>> WaitForRepliesAsync(string activityId, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var (activities, _) = await GetActivitiesAsync();
            var replies = activities.Where(a => (string?)a!["replyToId"] == activityId).Select(a => a!).ToList();
            if (replies.Count >= count) return replies;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Expected {count} replies to {activityId}, saw {replies.Count}: {activities.ToJsonString()}");
            await Task.Delay(50);
        }
    }

    public void Dispose() => _http.Dispose();
}
