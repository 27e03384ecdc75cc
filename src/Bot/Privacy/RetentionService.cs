using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Privacy;

/// <summary>Runs a <see cref="RetentionPass"/> every <see cref="RetentionOptions.CheckInterval"/> on the injected clock.</summary>
public sealed class RetentionService(RetentionPass pass, TimeProvider clock, IOptions<PrivacyOptions> options, ILogger<RetentionService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retention = options.Value.Retention;
        if (!retention.Enabled) return;
        using var timer = new PeriodicTimer(retention.CheckInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var report = await pass.RunAsync(stoppingToken);
                if (report.Any) logger.LogInformation("Retention: {Report}.", report);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "A retention pass failed; the next one tries again.");
            }
        }
    }
}
