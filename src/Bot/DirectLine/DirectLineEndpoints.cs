using System.Text.Json;
using System.Text.Json.Serialization;

namespace AfterSalesBot.Bot.DirectLine;

/// <summary>The Direct Line 3.0 routes under <c>/v3/directline</c>, as DirectLineJS and Web Chat call them.</summary>
public static partial class DirectLineEndpoints
{
    public const string CorsPolicy = "directline";

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v3/directline").RequireCors(CorsPolicy).WithTags("Direct Line");
        group.MapPost("/tokens/generate", GenerateToken);
        group.MapPost("/tokens/refresh", RefreshToken);
        group.MapPost("/conversations", StartConversation);
        group.MapGet("/conversations/{conversationId}", Reconnect);
        group.MapPost("/conversations/{conversationId}/activities", PostActivity);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
        group.MapGet("/conversations/{conversationId}/stream", Stream);
        group.MapPost("/conversations/{conversationId}/upload", Upload).DisableAntiforgery();
        group.MapGet("/attachments/{attachmentId}", GetAttachment);
        group.MapGet("/session/getsessionid", () => TypedResults.Ok(""));
        return app;
    }

    public sealed record TokenResponse(string ConversationId, string Token, int Expires_in);

    private sealed record GenerateRequest(GenerateUser? User);

    private sealed record GenerateUser(string? Id, string? Name);

    private static async Task<IResult> GenerateToken(HttpRequest request, DirectLineTokens tokens, DirectLineConversations conversations, CancellationToken ct)
    {
        if (!tokens.IsSecret(DirectLineTokens.BearerFrom(request)))
            return DirectLineErrors.Unauthorized("A valid Direct Line secret is required to generate tokens.");
        var body = await ReadOptionalAsync<GenerateRequest>(request, ct);
        var userId = body?.User?.Id;
        if (string.IsNullOrWhiteSpace(userId)) userId = DirectLineConversations.NewUserId();
        else if (!userId.StartsWith("dl_", StringComparison.Ordinal))
            return DirectLineErrors.BadArgument("User ids must start with 'dl_'.");
        var conversationId = await conversations.CreateAsync(userId, ct);
        var (token, expiresIn) = tokens.Issue(conversationId, userId);
        return TypedResults.Ok(new TokenResponse(conversationId, token, expiresIn));
    }

    private static IResult RefreshToken(HttpRequest request, DirectLineTokens tokens)
    {
        var (check, token) = tokens.Validate(DirectLineTokens.BearerFrom(request));
        if (check != TokenCheck.Valid || token is null || token.Kind != TokenKind.Conversation)
            return DirectLineErrors.Forbidden("Token expired or not valid.");
        var (fresh, expiresIn) = tokens.Issue(token.ConversationId, token.UserId);
        return TypedResults.Ok(new TokenResponse(token.ConversationId, fresh, expiresIn));
    }

    private static async Task<IResult> StartConversation(
        HttpRequest request, DirectLineTokens tokens, DirectLineStore store, DirectLineConversations conversations, CancellationToken ct)
    {
        var bearer = DirectLineTokens.BearerFrom(request);
        if (tokens.IsSecret(bearer))
        {
            var userId = DirectLineConversations.NewUserId();
            var created = await conversations.CreateAsync(userId, ct);
            return TypedResults.Json(conversations.Describe(request, created, userId, null), statusCode: StatusCodes.Status201Created);
        }

        var (check, token) = tokens.Validate(bearer);
        if (check != TokenCheck.Valid || token is null || token.Kind != TokenKind.Conversation)
            return DirectLineErrors.Forbidden("Token expired or not valid.");
        // A token names its conversation; starting it again is how a client resumes (200, not 201).
        if (await store.FindOwnerAsync(token.ConversationId, ct) is null)
            return DirectLineErrors.NotFound("Conversation not found.");
        return TypedResults.Ok(conversations.Describe(request, token.ConversationId, token.UserId, null));
    }

    private static async Task<IResult> Reconnect(
        string conversationId, string? watermark, HttpRequest request, DirectLineTokens tokens, DirectLineStore store,
        DirectLineConversations conversations, CancellationToken ct)
    {
        var (caller, failure) = await DirectLineAuthorization.AuthorizeAsync(DirectLineTokens.BearerFrom(request), conversationId, tokens, store, ct);
        if (failure is not null) return failure;
        return TypedResults.Ok(conversations.Describe(request, conversationId, caller!.UserId, watermark));
    }

    private static async Task<T?> ReadOptionalAsync<T>(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength is 0 || !(request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) ?? false)) return default;
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, JsonOptions, ct);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
