using AfterSalesBot.Bot.Schema;

namespace AfterSalesBot.Bot.Channels.Connector;

/// <summary>
/// The bot's calls back to a channel's Connector API at the activity's <c>serviceUrl</c>
/// (PROTOCOL.md §3). HTTP error statuses surface as <see cref="ConnectorException"/>; transport
/// failures after the retries surface as <see cref="HttpRequestException"/>.
/// </summary>
public interface IConnectorClient
{
    /// <summary>
    /// Posts to <c>…/activities/{replyToId}</c> when <see cref="Activity.ReplyToId"/> is set, else to
    /// <c>…/activities</c>. Returns null when the channel answers with an empty body (offline-directline).
    /// </summary>
    Task<ResourceResponse?> SendAsync(Activity activity, CancellationToken ct);

    /// <summary>Replaces the message <see cref="Activity.Id"/>, e.g. a clicked card (PUT).</summary>
    Task<ResourceResponse?> UpdateAsync(Activity activity, CancellationToken ct);

    Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken ct);

    /// <summary>Sends a bot-initiated message into a stored conversation: routing fields come from the reference.</summary>
    Task<ResourceResponse?> SendProactiveAsync(ConversationReference reference, Activity activity, CancellationToken ct);
}
