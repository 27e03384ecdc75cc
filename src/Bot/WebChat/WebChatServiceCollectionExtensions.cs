using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.WebChat;

public static class WebChatServiceCollectionExtensions
{
    /// <summary>The customer page and its session endpoint, with a per-address limit on new sessions.</summary>
    public static IHostApplicationBuilder AddWebChat(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.Section)
            .Validate(o => o.SessionsPerMinute >= 1, "WebChat:SessionsPerMinute must be at least 1 (new chat sessions one address may open per minute).")
            .ValidateOnStart();
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // The page and scripts learn when to try again and why (the window's remaining time).
            o.OnRejected = async (context, ct) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                    : 60;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Results.Problem(
                    title: "Too many new chat sessions from this address.",
                    detail: $"Try again in {seconds} s.",
                    statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context.HttpContext);
            };
            // The validated options, not the raw configuration: a value that passed the check at start is what limits.
            o.AddPolicy(WebChatSessionEndpoints.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<WebChatOptions>>().Value.SessionsPerMinute,
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

    /// <summary>New sessions one address may open per minute, at least 1. Default: 60.</summary>
    public int SessionsPerMinute { get; set; } = 60;
}
