using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.DirectLine;

/// <summary>An open WebSocket does not outlive the token it was issued beside (issue 13).</summary>
public sealed class StreamTokenExpiryTests
{
    [Fact]
    public async Task TheStreamClosesWithPolicyViolationWhenItsTokenExpires()
    {
        await using var server = await BotServer.StartNewAsync(new Dictionary<string, string>
        {
            ["DirectLine__TokenLifetime"] = "00:00:04",
        });
        using var client = await new DirectLineTestClient(server).StartSessionAsync();
        using var http = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", client.Token);
        var reconnect = (await (await http.SendAsync(request)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!;

        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri((string)reconnect["streamUrl"]!), CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var buffer = new byte[16 * 1024];
        WebSocketReceiveResult result;
        do result = await socket.ReceiveAsync(buffer, timeout.Token);
        while (result.MessageType != WebSocketMessageType.Close);

        Assert.Equal(WebSocketCloseStatus.PolicyViolation, result.CloseStatus);
        Assert.Equal("Token expired.", result.CloseStatusDescription);
    }
}
