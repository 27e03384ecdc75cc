using AfterSalesBot.Bot.Schema;

namespace AfterSalesBot.Bot.Channels.Authentication;

/// <summary>Decides whether an inbound activity really comes from a channel this bot trusts.</summary>
public interface IChannelAuthenticator
{
    /// <summary>
    /// Checks the Authorization header alone (signature, issuer, audience, lifetime), before the body is read, so a
    /// stranger's request is refused without parsing what it sent. The claims that pin the activity (its channel and
    /// serviceUrl) are checked afterwards by <see cref="ChannelAuthenticationResult.For"/>. Never throws for a bad
    /// token: the failure reason is for a log line, the caller answers 401 without it.
    /// </summary>
    Task<ChannelAuthenticationResult> AuthenticateTokenAsync(string? authorizationHeader, CancellationToken ct);

    /// <summary>Both steps at once, for callers that already hold the activity.</summary>
    async Task<ChannelAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken ct) =>
        (await AuthenticateTokenAsync(authorizationHeader, ct).ConfigureAwait(false)).For(activity);
}
