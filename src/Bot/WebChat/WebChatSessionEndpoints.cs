using System.Text.Json;
using AfterSalesBot.Bot.DirectLine;
using AfterSalesBot.Bot.Http;
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

    /// <param name="ResumeRefused">Set when a previous token was presented but could not resume its conversation (one
    /// of <see cref="ResumeRefusals"/>); the response then offers a new conversation.</param>
    public sealed record SessionResponse(string ConversationId, string UserId, string Token, int Expires_in, bool Resumed,
        string? ResumeRefused = null);

    /// <summary>Why a presented token did not resume its conversation (stable codes for the page and the logs).</summary>
    public static class ResumeRefusals
    {
        /// <summary>Validly signed, but expired longer ago than <c>DirectLine:ResumeWindow</c>.</summary>
        public const string Expired = "expired";

        /// <summary>Not a token this server signed, or not a conversation token.</summary>
        public const string Invalid = "invalid";

        /// <summary>Signed, but its user is not the one the conversation belongs to (or the conversation is gone).</summary>
        public const string NotYours = "not-yours";
    }

    public static IEndpointRouteBuilder MapWebChatSession(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/webchat/session", CreateOrResume).RequireRateLimiting(RateLimitPolicy).DisableAntiforgery();
        return app;
    }

    private const int MaxBodyBytes = 16 * 1024;

    private static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> CreateOrResume(
        HttpRequest http, DirectLineTokens tokens, DirectLineStore store, DirectLineConversations conversations,
        IOptions<DirectLineOptions> options, CancellationToken ct)
    {
        var (request, problem) = await ReadAsync(http, ct);
        if (problem is not null) return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest);
        string? refused = null;
        if (!string.IsNullOrEmpty(request?.Token))
        {
            var (check, previous) = tokens.Validate(request.Token, options.Value.ResumeWindow);
            if (check == TokenCheck.Valid && previous is { Kind: TokenKind.Conversation }
                && await store.FindOwnerAsync(previous.ConversationId, ct) == previous.UserId)
            {
                var (token, expiresIn) = tokens.Issue(previous.ConversationId, previous.UserId);
                return TypedResults.Ok(new SessionResponse(previous.ConversationId, previous.UserId, token, expiresIn, Resumed: true));
            }
            refused = check switch
            {
                TokenCheck.Expired => ResumeRefusals.Expired,
                TokenCheck.Valid when previous is { Kind: TokenKind.Conversation } => ResumeRefusals.NotYours,
                _ => ResumeRefusals.Invalid,
            };
        }

        var userId = DirectLineConversations.NewUserId();
        var conversationId = await conversations.CreateAsync(userId, ct);
        var (fresh, lifetime) = tokens.Issue(conversationId, userId);
        return TypedResults.Ok(new SessionResponse(conversationId, userId, fresh, lifetime, Resumed: false, refused));
    }

    /// <summary>An empty body, or <c>{"token": "…"}</c>; anything else is refused with the reason (the binder's bare 400 said nothing).</summary>
    private static async Task<(SessionRequest? Request, string? Problem)> ReadAsync(HttpRequest http, CancellationToken ct)
    {
        const string Expected = "The body must be empty or a JSON object such as {\"token\": \"<your previous token>\"}.";
        var (body, _, detail) = await BoundedBody.ReadBytesAsync(http, MaxBodyBytes, ct);
        if (body is null) return (null, detail + " " + Expected);
        if (body.Value.Length == 0) return (null, null);
        try
        {
            var request = JsonSerializer.Deserialize<SessionRequest>(body.Value.Span, JsonOptions);
            return request is null ? (null, Expected) : (request, null);
        }
        catch (JsonException)
        {
            return (null, Expected);
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
