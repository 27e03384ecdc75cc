namespace AfterSalesBot.Bot.Channels.Connector;

/// <summary>
/// Decides which serviceUrls may receive the bot's token. The serviceUrl comes from inbound
/// traffic, so without this a forged activity could make the bot hand its token to anyone (SSRF).
/// </summary>
internal static class ServiceUrlAllowList
{
    public static bool Permits(Uri serviceUrl, IEnumerable<string> allowedHosts)
    {
        // Never send a token in clear text, except to a loopback host someone listed on purpose.
        if (serviceUrl.Scheme != Uri.UriSchemeHttps && !serviceUrl.IsLoopback) return false;

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
