using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Escalation.FollowUps;

/// <summary>Runs the durable follow-up scheduler every <c>FollowUp:CheckInterval</c> on the injected clock.</summary>
internal sealed class FollowUpService(FollowUpScheduler scheduler, IOptions<FollowUpOptions> options, TimeProvider clock,
    IConfiguration configuration, ILogger<FollowUpService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (DeprecatedFollowUpAfter.Warning(configuration) is { } deprecated) logger.LogWarning("{Deprecated}", deprecated);
        using var timer = new PeriodicTimer(options.Value.CheckInterval, clock);
        try
        {
            do
            {
                try
                {
                    var pass = await scheduler.RunDueAsync(stoppingToken);
                    if (pass.Total > 0)
                        logger.LogInformation("Follow-ups: {Sent} sent, {Retried} to retry, {Parked} parked, {Cancelled} cancelled.",
                            pass.Sent, pass.Retried, pass.Parked, pass.Cancelled);
                    if (pass.Parked > 0) logger.LogWarning("{Parked} follow-up(s) parked: staff must reach these customers.", pass.Parked);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "The follow-up pass failed; it runs again at the next interval.");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
