namespace AfterSalesBot.Bot.DirectLine;

/// <summary>Who is calling a conversation route: the token's user, or the holder of the secret. <paramref name="SessionUntil"/>
/// bounds a WebSocket opened with a stream token (null for the secret, which does not expire).</summary>
public sealed record DirectLineCaller(string UserId, bool HoldsSecret, DateTimeOffset? SessionUntil = null);

internal static class DirectLineAuthorization
{
    /// <summary>
    /// 403 for a missing, invalid or expired token or one for another conversation (DirectLineJS reads 403 as
    /// ExpiredToken), 404 for a conversation that does not exist (DirectLineJS reads it as Ended).
    /// </summary>
    public static async Task<(DirectLineCaller? Caller, IResult? Failure)> AuthorizeAsync(
        string? bearer, string conversationId, DirectLineTokens tokens, DirectLineStore store,
        CancellationToken ct, TokenKind kind = TokenKind.Conversation)
    {
        if (tokens.IsSecret(bearer))
        {
            var owner = await store.FindOwnerAsync(conversationId, ct);
            return owner is null
                ? (null, DirectLineErrors.NotFound("Conversation not found."))
                : (new DirectLineCaller(owner, HoldsSecret: true), null);
        }

        var (check, token) = tokens.Validate(bearer);
        if (check == TokenCheck.Expired) return (null, DirectLineErrors.Forbidden("Token expired."));
        if (check == TokenCheck.Invalid || token is null) return (null, DirectLineErrors.Forbidden("Token not valid."));
        if (token.Kind != kind || !string.Equals(token.ConversationId, conversationId, StringComparison.Ordinal))
            return (null, DirectLineErrors.Forbidden("Token not valid for this conversation."));
        if (await store.FindOwnerAsync(conversationId, ct) is null)
            return (null, DirectLineErrors.NotFound("Conversation not found."));
        return (new DirectLineCaller(token.UserId, HoldsSecret: false, token.SessionUntil), null);
    }
}
