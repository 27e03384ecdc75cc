using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Hosting;

/// <summary>Forwarded headers are believed only when configured; HSTS goes out on HTTPS only (issue 13).</summary>
public sealed class BehindAProxyTests
{
    [Fact]
    public async Task A_host_reached_directly_ignores_forwarded_headers_and_sends_no_HSTS_over_http()
    {
        await using var server = await BotServer.StartNewAsync();

        var (streamUrl, response) = await ReconnectThroughAProxyAsync(server);

        Assert.StartsWith("ws://", streamUrl);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Behind_a_configured_proxy_the_forwarded_scheme_gives_wss_and_HSTS()
    {
        await using var server = await BotServer.StartNewAsync(new Dictionary<string, string>
        {
            ["Hosting__ForwardedHeaders__Enabled"] = "true",
            ["Hosting__Hsts__MaxAge"] = "30.00:00:00",
        });

        var (streamUrl, response) = await ReconnectThroughAProxyAsync(server);

        Assert.StartsWith("wss://", streamUrl);
        Assert.Equal("max-age=2592000", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
    }

    /// <summary>Asks for the conversation's stream URL the way nginx forwards an HTTPS request for a public host name.</summary>
    private static async Task<(string StreamUrl, HttpResponseMessage Response)> ReconnectThroughAProxyAsync(BotServer server)
    {
        using var client = await new DirectLineTestClient(server).StartSessionAsync();
        using var http = server.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", client.Token);
        request.Headers.Host = "bot.example.com";
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return ((string)body["streamUrl"]!, response);
    }
}
