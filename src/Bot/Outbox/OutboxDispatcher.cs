using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Outbox;

/// <summary>
/// Retries undelivered connector replies on the injected clock: a pass at start-up (replies left pending by a stop or a
/// crash go out), then one every <see cref="OutboxOptions.PollInterval"/>.
/// </summary>
internal sealed partial class OutboxDispatcher(ConnectorOutbox outbox, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await outbox.DeliverDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogPassFailed(logger, ex);
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
}
