using System.Security.Claims;
using AfterSalesBot.Bot.Schema;

namespace AfterSalesBot.Bot.Channels.Authentication;

/// <summary>The outcome of <see cref="IChannelAuthenticator.AuthenticateAsync"/>.</summary>
public sealed record ChannelAuthenticationResult
{
    public bool Succeeded { get; private init; }

    /// <summary>True in dev mode (no app id), where header-less requests are let in and replies carry no token.</summary>
    public bool IsAnonymous { get; private init; }

    /// <summary>Why the request was refused. For logs only; never send it to the caller.</summary>
    public string? FailureReason { get; private init; }

    public ClaimsIdentity? Identity { get; private init; }

    /// <summary>The calling app (<c>appid</c> or <c>azp</c> claim); null for anonymous and for channel tokens without one.</summary>
    public string? CallerAppId { get; private init; }

    /// <summary>What the token says about the activity it may carry (its channel, its serviceUrl); null when nothing.</summary>
    private Func<Activity, string?>? ActivityCheck { get; init; }

    /// <summary>This result applied to the activity that came with the token: a failure when a claim does not fit it.</summary>
    public ChannelAuthenticationResult For(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!Succeeded || ActivityCheck is null) return this;
        return ActivityCheck(activity) is { } reason ? Fail(reason) : this with { ActivityCheck = null };
    }

    public static ChannelAuthenticationResult Anonymous() =>
        new() { Succeeded = true, IsAnonymous = true, Identity = new ClaimsIdentity() };

    public static ChannelAuthenticationResult Success(ClaimsIdentity identity, string? callerAppId, Func<Activity, string?>? activityCheck = null) =>
        new() { Succeeded = true, Identity = identity, CallerAppId = callerAppId, ActivityCheck = activityCheck };

    public static ChannelAuthenticationResult Fail(string reason) =>
        new() { FailureReason = reason };
}
