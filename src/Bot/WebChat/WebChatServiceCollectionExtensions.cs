using System.Threading.RateLimiting;

namespace AfterSalesBot.Bot.WebChat;

public static class WebChatServiceCollectionExtensions
{
    /// <summary>The customer page and its session endpoint, with a per-address limit on new sessions.</summary>
    public static IHostApplicationBuilder AddWebChat(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.Section);
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(WebChatSessionEndpoints.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = builder.Configuration.GetValue("WebChat:SessionsPerMinute", 60),
                    Window = TimeSpan.FromMinutes(1),
                }));
        });
        return builder;
    }
}

/// <summary>Section "WebChat".</summary>
public sealed class WebChatOptions
{
    public const string Section = "WebChat";

    /// <summary>Language used when the browser states none we speak. Default: en-US.</summary>
    public string DefaultLocale { get; set; } = "en-US";

    /// <summary>New sessions one address may open per minute. Default: 60.</summary>
    public int SessionsPerMinute { get; set; } = 60;
}
