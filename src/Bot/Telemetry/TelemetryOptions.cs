namespace AfterSalesBot.Bot.Telemetry;

/// <summary>Section "Telemetry". OTLP export is configured by the standard variables (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>,
/// <c>OTEL_EXPORTER_OTLP_PROTOCOL</c>, <c>OTEL_SERVICE_NAME</c>): on when an endpoint is set.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Serve <c>/metrics</c> for Prometheus to scrape (unauthenticated: expose it only to the scraper). Default: false.</summary>
    public bool Prometheus { get; set; }

    /// <summary>How often the backlog gauges (inbox, outbox, queue, follow-ups) are re-read. Default: 15 seconds.</summary>
    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(15);
}
