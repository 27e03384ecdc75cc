using AfterSalesBot.Bot.Schema;

namespace AfterSalesBot.Bot.Channels.Authentication;

// Placeholder until the Azure-path branch lands.
public interface IChannelAuthenticator
{
    Task<ChannelAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken ct);
}

public sealed record ChannelAuthenticationResult(bool Succeeded, string? Failure = null);

internal sealed class AnonymousOnlyAuthenticator : IChannelAuthenticator
{
    public Task<ChannelAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken ct) =>
        Task.FromResult(new ChannelAuthenticationResult(string.IsNullOrEmpty(authorizationHeader), "placeholder"));
}
