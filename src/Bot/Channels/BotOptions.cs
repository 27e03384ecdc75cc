using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Bot.Channels;

/// <summary>
/// The "Bot" configuration section. With a <see cref="MicrosoftAppId"/> the bot is the Azure Bot Service
/// identity and every call to <c>/api/messages</c> must carry a valid token. Without one the endpoint is
/// closed (401) unless <see cref="AllowAnonymous"/> is chosen, and then it takes loopback callers only
/// (offline-directline, the Emulator on the same machine). The self-hosted Direct Line never needs either.
/// </summary>
public sealed class BotOptions : IValidatableObject
{
    public const string SectionName = "Bot";

    /// <summary>Name the bot uses for itself in mentions and welcome texts.</summary>
    [Required]
    public string DisplayName { get; set; } = "AfterSalesBot";

    /// <summary>The Entra app id of the Azure Bot resource. Empty means anonymous dev mode.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>
    /// Secret of the app registration. Only from the environment (<c>Bot__MicrosoftAppPassword</c>)
    /// or user-secrets, never from a committed file.
    /// </summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>Tenant of a single-tenant bot; empty falls back to the legacy <c>botframework.com</c> authority.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>
    /// Lets <c>/api/messages</c> take calls without a token when no app id is set: only from loopback callers and
    /// only with a loopback <c>serviceUrl</c>. Unset means true in the Development environment, false elsewhere.
    /// </summary>
    public bool? AllowAnonymous { get; set; }

    [Required, Url]
    public string ChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    [Required, Url]
    public string EmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>
    /// The only hosts (and their subdomains) replies are ever sent to, whatever the authentication mode, and the only
    /// ones that receive the bot's token (over https, or to a loopback host listed on purpose). In anonymous mode
    /// loopback serviceUrls are allowed as well, without a token.
    /// </summary>
    public string[] AllowedServiceUrlHosts { get; set; } = [];

    /// <summary>Largest inbound activity body accepted; default 256 KiB.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 262_144;

    /// <summary>Longest user text the bot will process; default 8000 characters.</summary>
    [Range(1, 100_000)]
    public int MaxTextLength { get; set; } = 8000;

    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>Anonymous calls are taken: no app id, and anonymous chosen (or the Development default).</summary>
    public bool IsAnonymous => !IsAuthenticationEnabled && AllowAnonymous == true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // An app id without a secret authenticates inbound calls but can never reply: fail at start
        // rather than with 401s from the channel on the first message.
        if (IsAuthenticationEnabled && string.IsNullOrWhiteSpace(MicrosoftAppPassword))
        {
            yield return new ValidationResult(
                "Bot:MicrosoftAppPassword must be set (environment Bot__MicrosoftAppPassword or user-secrets) when Bot:MicrosoftAppId is.",
                [nameof(MicrosoftAppPassword)]);
        }
    }
}
