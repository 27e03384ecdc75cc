using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.DirectLine;

public sealed record ConversationResponse(string ConversationId, string Token, int Expires_in, string? StreamUrl);

/// <summary>Opens Direct Line conversations and describes them to clients (token and stream URL).</summary>
public sealed class DirectLineConversations(
    StoreWriter writer,
    DirectLineStore store,
    DirectLineTokens tokens,
    IOptions<DirectLineOptions> options,
    TimeProvider clock)
{
    public async Task<string> CreateAsync(string userId, CancellationToken ct)
    {
        // URL-safe: DirectLineJS puts the id into URLs unencoded.
        var id = Guid.NewGuid().ToString("N");
        var row = new DirectLineConversation { Id = id, UserId = userId, CreatedAt = clock.GetUtcNow() };
        await writer.WriteAsync(db => db.DirectLineConversations.Add(row), ct);
        store.RememberCreated(id, userId);
        return id;
    }

    public ConversationResponse Describe(HttpRequest request, string conversationId, string userId, string? watermark)
    {
        var (token, expiresIn) = tokens.Issue(conversationId, userId);
        // The socket lives as long as the token issued with it; the client reconnects with its refreshed one.
        var (streamToken, _) = tokens.Issue(conversationId, userId, TokenKind.Stream, clock.GetUtcNow().AddSeconds(expiresIn));
        var stream = $"{WebSocketBase(request)}/v3/directline/conversations/{conversationId}/stream?t={Uri.EscapeDataString(streamToken)}";
        if (!string.IsNullOrEmpty(watermark)) stream += $"&watermark={Uri.EscapeDataString(watermark)}";
        return new ConversationResponse(conversationId, token, expiresIn, stream);
    }

    public string BaseUrl(HttpRequest request) =>
        (options.Value.PublicBaseUrl ?? $"{request.Scheme}://{request.Host}{request.PathBase}").TrimEnd('/');

    private string WebSocketBase(HttpRequest request)
    {
        var baseUrl = BaseUrl(request);
        return baseUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "wss://" + baseUrl[8..]
            : baseUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "ws://" + baseUrl[7..]
            : baseUrl;
    }

    public static string NewUserId() => "dl_" + Guid.NewGuid().ToString("N");
}
