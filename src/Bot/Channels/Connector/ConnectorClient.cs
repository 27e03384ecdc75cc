using AfterSalesBot.Bot.Schema;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Channels.Connector;

/// <summary>The Connector REST routes (PROTOCOL.md §3) over a typed <see cref="HttpClient"/>.</summary>
public sealed partial class ConnectorClient : IConnectorClient
{
    private readonly HttpClient _http;
    private readonly BotOptions _options;
    private readonly IConnectorTokenProvider _tokens;
    private readonly TimeProvider _time;
    private readonly ILogger<ConnectorClient> _logger;

    /// <param name="http">The typed client, whose resilience handler retries (<see cref="ConnectorResilience"/>).</param>
    public ConnectorClient(HttpClient http, IOptions<BotOptions> options, IConnectorTokenProvider tokens, TimeProvider time, ILogger<ConnectorClient> logger)
    {
        _http = http;
        _options = options.Value;
        _tokens = tokens;
        _time = time;
        _logger = logger;
    }

    public Task<ResourceResponse?> SendAsync(Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var uri = ActivitiesUri(activity.ServiceUrl, activity.Conversation?.Id, string.IsNullOrEmpty(activity.ReplyToId) ? null : activity.ReplyToId);
        // POST is not idempotent: the resilience handler does not repeat it after a lost connection.
        return CallAsync(HttpMethod.Post, uri, WireCopy(activity), ct);
    }

    public Task<ResourceResponse?> UpdateAsync(Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id))
            throw new ArgumentException("An update needs the id of the message it replaces.", nameof(activity));
        var uri = ActivitiesUri(activity.ServiceUrl, activity.Conversation?.Id, activity.Id);
        return CallAsync(HttpMethod.Put, uri, WireCopy(activity), ct);
    }

    public async Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var uri = ActivitiesUri(reference.ServiceUrl, reference.Conversation?.Id, activityId);
        await CallAsync(HttpMethod.Delete, uri, body: null, ct).ConfigureAwait(false);
    }

    public Task<ResourceResponse?> SendProactiveAsync(ConversationReference reference, Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(activity);
        var routed = reference.CreateProactive();
        var proactive = activity.Clone();
        proactive.ChannelId = routed.ChannelId;
        proactive.ServiceUrl = routed.ServiceUrl;
        proactive.Conversation = routed.Conversation;
        proactive.From = routed.From;
        proactive.Recipient = routed.Recipient;
        proactive.Locale ??= routed.Locale;
        return SendAsync(proactive, ct);
    }

    /// <summary>
    /// <c>{serviceUrl}v3/conversations/{id}/activities[/{activityId}]</c> with each id escaped:
    /// Teams ids carry <c>:</c>, <c>@</c> and <c>;messageid=</c>, Azure Direct Line ids <c>|</c>.
    /// </summary>
    internal static Uri ActivitiesUri(string? serviceUrl, string? conversationId, string? activityId)
    {
        if (string.IsNullOrWhiteSpace(serviceUrl)
            || !Uri.TryCreate(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/", UriKind.Absolute, out var baseUri)
            || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp)
            || baseUri.Query.Length > 0 || baseUri.Fragment.Length > 0 || baseUri.UserInfo.Length > 0)
        {
            throw new ArgumentException($"'{serviceUrl}' is not an absolute http(s) serviceUrl without credentials, query or fragment.", nameof(serviceUrl));
        }
        ArgumentException.ThrowIfNullOrEmpty(conversationId);

        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (activityId is not null) path += "/" + Uri.EscapeDataString(activityId);
        return new Uri(baseUri.AbsoluteUri + path, UriKind.Absolute);
    }

    /// <summary>
    /// A copy fit to send: the channel assigns id, timestamp and serviceUrl (A2031, A2041, A2302),
    /// and the caller's activity is left untouched.
    /// </summary>
    private static Activity WireCopy(Activity activity)
    {
        var copy = activity.Clone();
        copy.Id = null;
        copy.Timestamp = null;
        copy.ServiceUrl = null;
        return copy;
    }
}
