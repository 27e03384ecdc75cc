using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Bot.DirectLine;

/// <summary>Section "DirectLine": the self-hosted Direct Line 3.0 server behind the customer page.</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>Secret that protects <c>/tokens/generate</c> and secret-mode conversation starts. Set it from the
    /// environment (<c>DirectLine__Secret</c>); when empty those two calls are refused. Never commit it.</summary>
    public string? Secret { get; set; }

    /// <summary>Base64 key (at least 32 bytes) that signs conversation tokens. Default: generated once and kept in
    /// the data folder as <c>directline-signing.key</c>, so tokens survive a restart.</summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>How long a conversation token lives. Default: 1 hour (clients refresh every 15 minutes).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a stream URL may be used to open the WebSocket. Default: 60 seconds.</summary>
    public TimeSpan StreamUrlLifetime { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long after its expiry the customer page may trade an old token for a new one on the same
    /// conversation (a customer coming back days later). Default: 30 days.</summary>
    public TimeSpan ResumeWindow { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Keep-alive frame interval on WebSockets. Default: 15 seconds.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The largest activity JSON accepted. Default: 256 KiB.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>The largest upload (all files together). Default: 4 MiB.</summary>
    [Range(1024, 256 * 1024 * 1024)]
    public int MaxUploadBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Activities returned by one GET. Default: 100.</summary>
    [Range(1, 1000)]
    public int PollingPageSize { get; set; } = 100;

    /// <summary>The public base URL (e.g. https://bot.example.com) when the host sits behind a proxy that
    /// rewrites Host; stream and attachment URLs are built from it. Default: taken from the request.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The bot's account in Direct Line conversations.</summary>
    public string BotId { get; set; } = "aftersalesbot";
}
