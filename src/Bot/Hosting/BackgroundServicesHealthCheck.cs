using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AfterSalesBot.Bot.Hosting;

/// <summary>Ready only when every background service (turn writer, outbox, scheduler, SLA monitor…) has started and has
/// not stopped with an error.</summary>
internal sealed class BackgroundServicesHealthCheck(IEnumerable<IHostedService> hosted) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var down = hosted.OfType<BackgroundService>()
            .Where(s => s.ExecuteTask is null || s.ExecuteTask.IsFaulted || s.ExecuteTask.IsCanceled)
            .Select(s => s.GetType().Name).ToList();
        return Task.FromResult(down.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"Not running: {string.Join(", ", down)}."));
    }
}
