using AfterSalesBot.Bot.Schema;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AfterSalesBot.Bot.Channels.Authentication;

public sealed partial class BotConnectorAuthenticator
{
    /// <summary>The Bot Framework's clock tolerance (botbuilder AuthenticationConstants).</summary>
    internal static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private async Task<ChannelAuthenticationResult> ValidateChannelTokenAsync(string token, CancellationToken ct)
    {
        var metadata = _metadata.Get(_options.ChannelOpenIdMetadataUrl);
        var validated = await ValidateSignedTokenAsync(token, metadata, [BotFrameworkIssuers.Channel], ct).ConfigureAwait(false);
        if (!validated.IsValid)
            return ChannelAuthenticationResult.Fail($"Channel token invalid: {validated.Exception?.Message}");

        var keyId = ((JsonWebToken)validated.SecurityToken).Kid;
        var endorsements = await metadata.GetEndorsementsAsync(ct).ConfigureAwait(false);
        var identity = validated.ClaimsIdentity;
        var serviceUrl = identity.FindFirst("serviceurl")?.Value;
        if (serviceUrl is null) return ChannelAuthenticationResult.Fail("The serviceurl claim is missing.");

        return ChannelAuthenticationResult.Success(identity, identity.FindFirst("appid")?.Value, activity =>
        {
            // A key is endorsed for particular channels; a Direct Line key must not speak for Teams.
            if (!endorsements.IsEndorsed(keyId, activity.ChannelId))
                return $"Signing key '{keyId}' is not endorsed for channel '{activity.ChannelId}'.";
            // The token pins where replies go; without this a valid token could steer them elsewhere.
            return string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)
                ? null
                : "The serviceurl claim differs from the activity's serviceUrl.";
        });
    }

    private async Task<ChannelAuthenticationResult> ValidateEmulatorTokenAsync(string token, CancellationToken ct)
    {
        var metadata = _metadata.Get(_options.EmulatorOpenIdMetadataUrl);
        var validated = await ValidateSignedTokenAsync(token, metadata, _emulatorIssuers, ct).ConfigureAwait(false);
        if (!validated.IsValid)
            return ChannelAuthenticationResult.Fail($"Emulator token invalid: {validated.Exception?.Message}");

        // Entra tokens name the calling app differently per token version.
        var identity = validated.ClaimsIdentity;
        var version = identity.FindFirst("ver")?.Value;
        var callerClaim = version switch
        {
            "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (callerClaim is null)
            return ChannelAuthenticationResult.Fail($"Unknown token version '{version}'.");

        var caller = identity.FindFirst(callerClaim)?.Value;
        if (!string.Equals(caller, _options.MicrosoftAppId, StringComparison.OrdinalIgnoreCase))
            return ChannelAuthenticationResult.Fail($"The {callerClaim} claim does not name this bot's app id.");

        return ChannelAuthenticationResult.Success(identity, caller);
    }

    private async Task<TokenValidationResult> ValidateSignedTokenAsync(
        string token, OpenIdMetadata metadata, IReadOnlyList<string> issuers, CancellationToken ct)
    {
        var result = await ValidateWithCurrentKeysAsync(token, metadata, issuers, ct).ConfigureAwait(false);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // Keys roll over; one refetch lets a token signed by a brand-new key through.
            metadata.RequestRefresh();
            result = await ValidateWithCurrentKeysAsync(token, metadata, issuers, ct).ConfigureAwait(false);
        }
        return result;
    }

    private async Task<TokenValidationResult> ValidateWithCurrentKeysAsync(
        string token, OpenIdMetadata metadata, IReadOnlyList<string> issuers, CancellationToken ct)
    {
        var configuration = await metadata.GetConfigurationAsync(ct).ConfigureAwait(false);
        var parameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuers = issuers,
            ValidateAudience = true,
            ValidAudience = _options.MicrosoftAppId,
            ValidateIssuerSigningKey = true,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = AllowedAlgorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = ClockSkew,
            LifetimeValidator = IsWithinLifetime,
        };
        return await _handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
    }

    /// <summary>Lifetime against the injected clock, so expiry is testable at any instant.</summary>
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        if (expires is null) return false;
        var now = _time.GetUtcNow().UtcDateTime;
        if (notBefore is { } nbf && nbf.ToUniversalTime() > now + ClockSkew) return false;
        return expires.Value.ToUniversalTime() + ClockSkew >= now;
    }
}
