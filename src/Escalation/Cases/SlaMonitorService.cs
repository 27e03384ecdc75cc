using AfterSalesBot.Escalation.Console;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Escalation.Cases;

/// <summary>Runs the SLA monitor every <c>Escalation:SlaCheckInterval</c> on the injected clock, and with it the clean-up of
/// wrong status checks that left their window (<see cref="StatusCheckRetention"/>).</summary>
internal sealed class SlaMonitorService(SlaMonitor monitor, StatusCheckRetention statusChecks, ConsoleLiveUpdates console, IOptions<EscalationOptions> options, TimeProvider clock,
    IEnumerable<ISlaPassObserver> observers, ILogger<SlaMonitorService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SlaCheckInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    var result = await monitor.CheckAsync(stoppingToken);
                    foreach (var observer in observers) observer.Passed(result);
                    if (result.Breaches > 0) logger.LogWarning("SLA: {Breaches} deadline(s) missed; supervisors notified.", result.Breaches);
                    if (result.Warnings > 0) logger.LogInformation("SLA: {Warnings} deadline(s) close.", result.Warnings);
                    if (result.Breaches + result.Warnings > 0) console.QueueChanged(); // open console pages show the notice at once
                    var purged = await statusChecks.PurgeAsync(stoppingToken);
                    if (purged > 0) logger.LogDebug("Deleted {Count} wrong status check(s) older than the window.", purged);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A busy or briefly unavailable database: the next tick tries again.
                    logger.LogWarning(ex, "The SLA check failed; it runs again at the next interval.");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
