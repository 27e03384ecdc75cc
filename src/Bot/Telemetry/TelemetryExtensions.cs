using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AfterSalesBot.Bot.Telemetry;

public static class TelemetryExtensions
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The bot's spans and meters (always, so in-process listeners see them); OpenTelemetry with ASP.NET Core,
    /// HttpClient and runtime instrumentation; OTLP export when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; the Prometheus
    /// exporter when <c>Telemetry:Prometheus</c> is true.</summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddTelemetryInstruments();
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section)
            .Validate(o => o.SampleInterval > TimeSpan.Zero, "Telemetry:SampleInterval must be longer than zero.")
            .ValidateOnStart();
        builder.Services.AddHostedService<TelemetrySampler>();

        var prometheus = builder.Configuration.GetValue<bool>(TelemetryOptions.Section + ":" + nameof(TelemetryOptions.Prometheus));
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointKey]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(BotTelemetry.Name))
            .WithTracing(t => t.AddSource(BotTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .WithMetrics(m =>
            {
                m.AddMeter(BotTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation();
                if (prometheus) m.AddPrometheusExporter();
            });
        if (otlp) telemetry.UseOtlpExporter();
        return builder;
    }

    /// <summary>What the turn pipeline records into, also where no OpenTelemetry is set up (pipeline tests).</summary>
    public static IServiceCollection AddTelemetryInstruments(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<TelemetrySnapshot>();
        services.TryAddSingleton<BotTelemetry>();
        return services;
    }

    public static IEndpointRouteBuilder MapTelemetry(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<TelemetryOptions>>().Value.Prometheus)
            app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
