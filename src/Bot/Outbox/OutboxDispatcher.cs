using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Outbox;

/// <summary>
/// Retries undelivered connector replies on the injected clock: a pass at start-up (replies left pending by a stop or a
/// crash go out), then one every <see cref="OutboxOptions.PollInterval"/>. At start-up and then every
/// <see cref="OutboxOptions.PruneInterval"/> a pass also deletes delivered rows older than <see cref="OutboxOptions.KeepDelivered"/>. While passes keep failing (the database is
/// unreachable) the first failure is logged as an error and the rest at debug level, until a pass succeeds again.
/// </summary>
internal sealed partial class OutboxDispatcher(ConnectorOutbox outbox, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failing = false;
        DateTimeOffset? prunedAt = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await outbox.DeliverDueAsync(stoppingToken);
                var now = clock.GetUtcNow();
                if (prunedAt is not { } last || now - last >= options.Value.PruneInterval)
                {
                    await outbox.PruneDeliveredAsync(stoppingToken);
                    prunedAt = now;
                }
                if (failing) LogRecovered(logger);
                failing = false;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                if (failing) LogPassStillFailing(logger, ex);
                else LogPassFailed(logger, ex);
                failing = true;
            }
            try
            {
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An outbox pass failed; the next pass tries again.")]
    private static partial void LogPassFailed(ILogger logger, Exception ex);

    [LoggerMessage(Level = LogLevel.Debug, Message = "An outbox pass failed again.")]
    private static partial void LogPassStillFailing(ILogger logger, Exception ex);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox passes succeed again.")]
    private static partial void LogRecovered(ILogger logger);
}
