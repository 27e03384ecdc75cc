using AfterSalesBot.Bot.Telemetry;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AfterSalesBot.Bot.Hosting;

public static class HostingExtensions
{
    /// <summary>Health, limits and the pieces of ASP.NET Core every route relies on.</summary>
    public static IHostApplicationBuilder AddBotHosting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [ReadyTag])
            .AddCheck<BackgroundServicesHealthCheck>("background-services", tags: [ReadyTag]);
        builder.AddTelemetry();
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o =>
            // Routes apply their own, smaller limits; this is the outer bound (uploads).
            o.Limits.MaxRequestBodySize = 16 * 1024 * 1024);
        return builder;
    }

    public static WebApplication UseBotHosting(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "SAMEORIGIN";
            // Scripts only from this origin; routes with stricter needs (attachments) set their own.
            context.Response.OnStarting(() =>
            {
                if (!headers.ContainsKey("Content-Security-Policy")) headers.ContentSecurityPolicy = ContentSecurityPolicy;
                return Task.CompletedTask;
            });
            await next();
        });
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseWebSockets();
        app.UseCors();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Web Chat injects its styles at run time (hence inline styles) and talks to Direct Line over
    /// HTTP and WebSocket on this origin. A file the customer attaches is read back from its <c>blob:</c> URL before
    /// the upload (<c>connect-src blob:</c>) and shrunk to a thumbnail in a worker Web Chat starts from a <c>blob:</c>
    /// URL (<c>worker-src blob:</c>); no other origin is added.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self' ws: wss: blob:; worker-src blob:; media-src 'self' blob:; " +
        "frame-ancestors 'self'; base-uri 'none'; form-action 'self'; object-src 'none'";

    private const string ReadyTag = "ready";

    /// <summary><c>/health/live</c>: the process answers (no dependency checked, so a slow database never gets it
    /// restarted). <c>/health/ready</c>: the database answers, every migration is applied and the background services
    /// run. <c>/health</c>: the database, as before. And <c>/metrics</c> when Prometheus is enabled.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        var unhealthyIs503 = new Dictionary<HealthStatus, int>
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = StatusCodes.Status200OK,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        };
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = c => c.Name == "database", ResultStatusCodes = unhealthyIs503 });
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResultStatusCodes = unhealthyIs503 });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResultStatusCodes = unhealthyIs503 });
        app.MapTelemetry();
        return app;
    }
}
