using AfterSalesBot.Bot.Schema;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace AfterSalesBot.Bot.Channels.Authentication;

/// <summary>
/// Validates Bot Connector tokens as botbuilder's ParameterizedBotFrameworkAuthentication does
/// (PROTOCOL.md §2): route on the unvalidated issuer to the channel or the emulator/Entra path,
/// then add the checks JwtBearer cannot make because they need the activity.
/// </summary>
public sealed partial class BotConnectorAuthenticator : IChannelAuthenticator
{
    private const string BearerPrefix = "Bearer ";

    private readonly BotOptions _options;
    private readonly OpenIdMetadataCache _metadata;
    private readonly TimeProvider _time;
    private readonly ILogger<BotConnectorAuthenticator> _logger;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly IReadOnlyList<string> _emulatorIssuers;

    public BotConnectorAuthenticator(
        IOptions<BotOptions> options,
        IHttpClientFactory httpClientFactory,
        TimeProvider time,
        ILogger<BotConnectorAuthenticator> logger)
    {
        _options = options.Value;
        _metadata = new OpenIdMetadataCache(httpClientFactory);
        _time = time;
        _logger = logger;
        _emulatorIssuers = BotFrameworkIssuers.EmulatorIssuers(_options.MicrosoftAppTenantId);
    }

    public async Task<ChannelAuthenticationResult> AuthenticateTokenAsync(string? authorizationHeader, CancellationToken ct)
    {
        var result = await AuthenticateCoreAsync(authorizationHeader, ct).ConfigureAwait(false);
        if (!result.Succeeded) LogRejected(_logger, result.FailureReason);
        return result;
    }

    private async Task<ChannelAuthenticationResult> AuthenticateCoreAsync(string? header, CancellationToken ct)
    {
        if (!_options.IsAuthenticationEnabled)
        {
            // Dev mode: no identity to check a token against. A caller that sends one expects
            // validation, and its audience can never equal "", so refuse it like the SDK does.
            return string.IsNullOrWhiteSpace(header)
                ? ChannelAuthenticationResult.Anonymous()
                : ChannelAuthenticationResult.Fail("A token was sent but no MicrosoftAppId is configured to validate its audience.");
        }

        if (string.IsNullOrWhiteSpace(header))
            return ChannelAuthenticationResult.Fail("Missing Authorization header.");
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
            return ChannelAuthenticationResult.Fail("Authorization scheme is not Bearer.");

        var token = header[BearerPrefix.Length..].Trim();
        if (!_handler.CanReadToken(token))
            return ChannelAuthenticationResult.Fail("The bearer token is not a JWT.");

        try
        {
            // Only to pick the key source; the issuer is validated against that source below.
            var issuer = _handler.ReadJsonWebToken(token).Issuer;
            if (string.Equals(issuer, BotFrameworkIssuers.Channel, StringComparison.Ordinal))
                return await ValidateChannelTokenAsync(token, ct).ConfigureAwait(false);
            if (_emulatorIssuers.Contains(issuer, StringComparer.Ordinal))
                return await ValidateEmulatorTokenAsync(token, ct).ConfigureAwait(false);
            return ChannelAuthenticationResult.Fail($"Untrusted issuer '{issuer}'.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Metadata outages and malformed documents end here: the request is refused, not crashed.
            LogValidationError(_logger, ex);
            return ChannelAuthenticationResult.Fail($"Token validation failed: {ex.GetType().Name}.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an inbound token: {Reason}")]
    private static partial void LogRejected(ILogger logger, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Token validation could not complete")]
    private static partial void LogValidationError(ILogger logger, Exception exception);
}
