using System.Net;
using AfterSalesBot.Bot.Telemetry;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Hosting;

public static class HostingExtensions
{
    /// <summary>Health, limits and the pieces of ASP.NET Core every route relies on.</summary>
    public static IHostApplicationBuilder AddBotHosting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.AddProxyAndHsts();
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

    /// <summary>Forwarded headers (off unless configured) and HSTS (on for HTTPS), from section "Hosting".</summary>
    private static void AddProxyAndHsts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HostingOptions>().BindConfiguration(HostingOptions.Section)
            .Validate(o => o.ForwardedHeaders.KnownProxies.All(HostingOptions.ForwardedHeadersSettings.IsAddress),
                "Hosting:ForwardedHeaders:KnownProxies must be IP addresses (e.g. 10.0.0.5).")
            .Validate(o => o.ForwardedHeaders.KnownNetworks.All(HostingOptions.ForwardedHeadersSettings.IsNetwork),
                "Hosting:ForwardedHeaders:KnownNetworks must be networks in CIDR form (e.g. 10.0.0.0/24).")
            .Validate(o => o.ForwardedHeaders.ForwardLimit >= 1, "Hosting:ForwardedHeaders:ForwardLimit must be at least 1.")
            .Validate(o => o.Hsts.MaxAge > TimeSpan.Zero, "Hosting:Hsts:MaxAge must be longer than zero.")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<HostingOptions>>((forwarded, hosting) =>
        {
            var settings = hosting.Value.ForwardedHeaders;
            // The client's address and scheme; never the Host header, which routes nothing here but links.
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = settings.ForwardLimit;
            foreach (var proxy in settings.KnownProxies) forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in settings.KnownNetworks) forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        builder.Services.AddOptions<HstsOptions>().Configure<IOptions<HostingOptions>>((hsts, hosting) =>
        {
            hsts.MaxAge = hosting.Value.Hsts.MaxAge;
            hsts.IncludeSubDomains = hosting.Value.Hsts.IncludeSubDomains;
        });
    }

    internal const string ReadyTag = "ready";

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
