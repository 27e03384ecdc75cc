using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AfterSalesBot.Bot.DirectLine;

public enum TokenKind
{
    Conversation,
    Stream,
}

/// <param name="SessionUntil">For a stream token: when the conversation token it was issued beside expires. The
/// WebSocket opened with it is closed then, and the client reconnects with a fresh token.</param>
public sealed record DirectLineToken(string ConversationId, string UserId, TokenKind Kind, DateTimeOffset ExpiresAt, DateTimeOffset? SessionUntil = null);

public enum TokenCheck
{
    Valid,
    Expired,
    Invalid,
}

/// <summary>
/// Self-signed conversation tokens (HS256 JWTs carrying the conversation and the user, as Direct Line's do,
/// so DirectLineJS reads the user id from them). Lifetimes are checked against the injected clock.
/// </summary>
public sealed class DirectLineTokens(SigningKeyStore keys, IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private const string Issuer = "aftersalesbot-directline";
    private const int MaxCachedTokens = 100_000;
    // Every Direct Line request presents a token; verifying its signature once is enough.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DirectLineToken> _verified = new(StringComparer.Ordinal);
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public (string Token, int ExpiresIn) Issue(string conversationId, string userId, TokenKind kind = TokenKind.Conversation,
        DateTimeOffset? sessionUntil = null)
    {
        var lifetime = kind == TokenKind.Stream ? options.Value.StreamUrlLifetime : options.Value.TokenLifetime;
        var now = clock.GetUtcNow();
        var claims = new Dictionary<string, object>
        {
            ["conv"] = conversationId,
            ["user"] = userId,
            ["kind"] = kind.ToString(),
            ["jti"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)),
        };
        if (sessionUntil is { } until) claims["until"] = until.ToUnixTimeSeconds();
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(keys.Key), SecurityAlgorithms.HmacSha256),
        });
        return (token, (int)lifetime.TotalSeconds);
    }

    /// <summary>Checks signature and expiry. <paramref name="grace"/> extends the expiry (used only for resuming).</summary>
    public (TokenCheck Check, DirectLineToken? Token) Validate(string? token, TimeSpan grace = default)
    {
        if (string.IsNullOrEmpty(token)) return (TokenCheck.Invalid, null);
        if (!_verified.TryGetValue(token, out var parsed))
        {
            parsed = Verify(token);
            if (parsed is null) return (TokenCheck.Invalid, null);
            if (_verified.Count >= MaxCachedTokens) _verified.Clear();
            _verified[token] = parsed;
        }
        return clock.GetUtcNow() > parsed.ExpiresAt + grace ? (TokenCheck.Expired, parsed) : (TokenCheck.Valid, parsed);
    }

    private DirectLineToken? Verify(string token)
    {
        if (!_handler.CanReadToken(token)) return null;
        var result = _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            IssuerSigningKey = new SymmetricSecurityKey(keys.Key),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ValidateLifetime = false, // checked below against the injected clock
        }).GetAwaiter().GetResult();
        if (!result.IsValid) return null;

        var jwt = (JsonWebToken)result.SecurityToken;
        if (!jwt.TryGetPayloadValue<string>("conv", out var conversation) || !jwt.TryGetPayloadValue<string>("user", out var user)
            || !jwt.TryGetPayloadValue<string>("kind", out var kindText) || !Enum.TryParse<TokenKind>(kindText, out var kind))
            return null;
        DateTimeOffset? until = jwt.TryGetPayloadValue<long>("until", out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
        return new DirectLineToken(conversation, user, kind, new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero), until);
    }

    /// <summary>Constant-time comparison with the configured secret; false when none is configured.</summary>
    public bool IsSecret(string? presented)
    {
        var secret = options.Value.Secret;
        if (string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(presented)) return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(presented));
    }

    public static string? BearerFrom(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
