using System.Net.Http.Headers;

namespace AfterSalesBot.Bench.DirectLine;

/// <summary>The Direct Line 3.0 calls a client makes (PROTOCOL.md §5), over one shared HttpClient.</summary>
public sealed class DirectLineClient(HttpClient http, Uri baseUrl, string secret)
{
    private readonly Uri _api = new(baseUrl, "v3/directline/");

    public HttpClient Http => http;

    public async Task<string> GenerateTokenAsync(string userId, CancellationToken ct)
    {
        var body = await SendAsync(HttpMethod.Post, "tokens/generate", "tokens/generate", secret, DirectLineJson.TokenRequest(userId), ct);
        return DirectLineJson.ReadString(body, "token") ?? throw new DirectLineException("tokens/generate returned no token");
    }

    public async Task<ConversationStart> StartConversationAsync(string token, CancellationToken ct)
    {
        var body = await SendAsync(HttpMethod.Post, "conversations", "conversations", token, null, ct);
        var id = DirectLineJson.ReadString(body, "conversationId")
            ?? throw new DirectLineException("POST /conversations returned no conversationId");
        var conversationToken = DirectLineJson.ReadString(body, "token") ?? token;
        var stream = DirectLineJson.ReadString(body, "streamUrl") is { Length: > 0 } url
            ? new Uri(_api, url)
            : new Uri(_api, $"conversations/{id}/stream?t={Uri.EscapeDataString(conversationToken)}");
        return new ConversationStart(id, conversationToken, stream);
    }

    /// <returns>The server-assigned id of the posted activity.</returns>
    public Task<string> PostMessageAsync(ConversationStart conversation, string userId, string text, CancellationToken ct) =>
        PostActivityAsync(conversation, DirectLineJson.Message(userId, text), ct);

    /// <param name="activity">A complete activity body (JSON).</param>
    /// <returns>The server-assigned id of the posted activity.</returns>
    public async Task<string> PostActivityAsync(ConversationStart conversation, HttpContent activity, CancellationToken ct)
    {
        var body = await SendAsync(HttpMethod.Post, $"conversations/{conversation.ConversationId}/activities",
            "conversations/{id}/activities", conversation.Token, activity, ct);
        return DirectLineJson.ReadString(body, "id") ?? throw new DirectLineException("POST activity returned no id");
    }

    /// <returns>The ActivitySet's raw JSON.</returns>
    public Task<byte[]> GetActivitiesAsync(ConversationStart conversation, string? watermark, CancellationToken ct) =>
        SendAsync(HttpMethod.Get,
            $"conversations/{conversation.ConversationId}/activities?watermark={Uri.EscapeDataString(watermark ?? "")}",
            "conversations/{id}/activities", conversation.Token, null, ct);

    private async Task<byte[]> SendAsync(
        HttpMethod method, string path, string route, string bearer, HttpContent? content, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(_api, path)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        if (!response.IsSuccessStatusCode)
            throw new DirectLineException($"{method} {route} -> {(int)response.StatusCode}", response.StatusCode);
        return body;
    }
}
