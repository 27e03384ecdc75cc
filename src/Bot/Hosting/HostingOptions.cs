using System.Net;

namespace AfterSalesBot.Bot.Hosting;

/// <summary>Section "Hosting": running behind a reverse proxy and telling browsers to stay on HTTPS.</summary>
public sealed class HostingOptions
{
    public const string Section = "Hosting";

    public ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();

    public HstsSettings Hsts { get; set; } = new();

    /// <summary>
    /// Off by default: a host reached directly must not believe a client's <c>X-Forwarded-For</c>. Behind a proxy
    /// (nginx, a load balancer), turn it on and name the proxies: the client's address then counts for the
    /// per-address limits and the loopback checks, and <c>X-Forwarded-Proto</c> makes the Direct Line stream URL
    /// <c>wss://</c>. Loopback proxies are always trusted once enabled.
    /// </summary>
    public sealed class ForwardedHeadersSettings
    {
        public bool Enabled { get; set; }

        /// <summary>Addresses of trusted proxies besides loopback, e.g. <c>10.0.0.5</c>.</summary>
        public List<string> KnownProxies { get; set; } = [];

        /// <summary>Networks of trusted proxies in CIDR form, e.g. <c>10.0.0.0/24</c>.</summary>
        public List<string> KnownNetworks { get; set; } = [];

        /// <summary>How many proxies in a row may append to the headers. Default 1.</summary>
        public int ForwardLimit { get; set; } = 1;

        internal static bool IsAddress(string text) => IPAddress.TryParse(text, out _);

        internal static bool IsNetwork(string text) => IPNetwork.TryParse(text, out _);
    }

    /// <summary>
    /// <c>Strict-Transport-Security</c> on HTTPS responses (never on plain HTTP, never for localhost). On by default;
    /// it takes effect as soon as the host, or its proxy with forwarded headers enabled, serves HTTPS.
    /// </summary>
    public sealed class HstsSettings
    {
        public bool Enabled { get; set; } = true;

        public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(365);

        public bool IncludeSubDomains { get; set; }
    }
}
