namespace AfterSalesBot.Bot.Channels.Connector;

/// <summary>
/// Where replies may go. The serviceUrl comes from inbound traffic, so without these checks a forged activity could make
/// the server call any address (SSRF) or hand its token to anyone. Checked when an activity arrives and again before
/// every outbound call.
/// </summary>
public static class ServiceUrlPolicy
{
    /// <summary>
    /// An absolute http(s) address with no credentials, query or fragment, on a listed host (or a subdomain of one), or
    /// on loopback when anonymous mode takes loopback callers.
    /// </summary>
    public static bool IsDeliverable(Uri serviceUrl, BotOptions options)
    {
        if (!IsPlainHttpAddress(serviceUrl)) return false;
        return IsListed(serviceUrl, options.AllowedServiceUrlHosts) || (options.IsAnonymous && serviceUrl.IsLoopback);
    }

    /// <inheritdoc cref="IsDeliverable(Uri, BotOptions)"/>
    public static bool IsDeliverable(string? serviceUrl, BotOptions options) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && IsDeliverable(uri, options);

    /// <summary>Only a listed host gets the token, and never in clear text, except a loopback host someone listed on purpose.</summary>
    public static bool MayCarryToken(Uri serviceUrl, IEnumerable<string> allowedHosts)
    {
        if (serviceUrl.Scheme != Uri.UriSchemeHttps && !serviceUrl.IsLoopback) return false;
        return IsListed(serviceUrl, allowedHosts);
    }

    private static bool IsPlainHttpAddress(Uri uri) =>
        uri.IsAbsoluteUri
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.UserInfo.Length == 0
        && uri.Query.Length == 0
        && uri.Fragment.Length == 0;

    private static bool IsListed(Uri serviceUrl, IEnumerable<string> allowedHosts)
    {
        var host = serviceUrl.IdnHost;
        foreach (var entry in allowedHosts)
        {
            var allowed = entry.Trim().TrimStart('*', '.');
            if (allowed.Length == 0) continue;
            if (host.Equals(allowed, StringComparison.OrdinalIgnoreCase)
                || host.EndsWith("." + allowed, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
