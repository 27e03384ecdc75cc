using AfterSalesBot.Bot.Schema;

namespace AfterSalesBot.Bot.Channels.Authentication;

/// <summary>Decides whether an inbound activity really comes from a channel this bot trusts.</summary>
public interface IChannelAuthenticator
{
    /// <summary>
    /// Checks the Authorization header against the activity it came with. Never throws for a bad
    /// token: the failure reason is for a log line, the caller answers 401 without it.
    /// </summary>
    Task<ChannelAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken ct);
}
