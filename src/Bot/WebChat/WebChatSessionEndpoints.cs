using AfterSalesBot.Bot.DirectLine;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.WebChat;

/// <summary>
/// The customer page's token source. The page never sees the Direct Line secret: it asks here, same
/// origin, and may hand back its previous token (even expired, within the resume window) to continue its
/// conversation — which is how a customer who comes back days later finds their history.
/// </summary>
public static class WebChatSessionEndpoints
{
    public const string RateLimitPolicy = "webchat-session";

    public sealed record SessionRequest(string? Token);

    public sealed record SessionResponse(string ConversationId, string UserId, string Token, int Expires_in, bool Resumed);

    public static IEndpointRouteBuilder MapWebChatSession(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/webchat/session", CreateOrResume).RequireRateLimiting(RateLimitPolicy).DisableAntiforgery();
        return app;
    }

    private static async Task<Ok<SessionResponse>> CreateOrResume(
        SessionRequest? request, DirectLineTokens tokens, DirectLineStore store, DirectLineConversations conversations,
        IOptions<DirectLineOptions> options, CancellationToken ct)
    {
        var (check, previous) = tokens.Validate(request?.Token, options.Value.ResumeWindow);
        if (check == TokenCheck.Valid && previous is { Kind: TokenKind.Conversation }
            && await store.FindOwnerAsync(previous.ConversationId, ct) == previous.UserId)
        {
            var (token, expiresIn) = tokens.Issue(previous.ConversationId, previous.UserId);
            return TypedResults.Ok(new SessionResponse(previous.ConversationId, previous.UserId, token, expiresIn, Resumed: true));
        }

        var userId = DirectLineConversations.NewUserId();
        var conversationId = await conversations.CreateAsync(userId, ct);
        var (fresh, lifetime) = tokens.Issue(conversationId, userId);
        return TypedResults.Ok(new SessionResponse(conversationId, userId, fresh, lifetime, Resumed: false));
    }
}
