using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Escalation.Cases;

/// <summary>Runs the queue position notifier after every case change and at least every
/// <c>Escalation:QueueNoticeInterval</c> on the injected clock.</summary>
internal sealed class QueueNoticeService(
    QueuePositionNotifier notifier,
    CaseChanges changes,
    IOptions<EscalationOptions> options,
    TimeProvider clock,
    ILogger<QueueNoticeService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // One pending signal is enough: a pass looks at the whole queue.
        var signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        void OnChange(CaseChange _) => signal.Writer.TryWrite(true);
        changes.Changed += OnChange;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    var told = await notifier.NotifyAsync(stoppingToken);
                    if (told > 0) logger.LogInformation("Told {Count} waiting customer(s) their new place in the queue.", told);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "The queue position pass failed; it runs again at the next change or interval.");
                }
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                await Task.WhenAny(Task.Delay(options.Value.QueueNoticeInterval, clock, wait.Token), signal.Reader.WaitToReadAsync(wait.Token).AsTask());
                await wait.CancelAsync();
                signal.Reader.TryRead(out _);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            changes.Changed -= OnChange;
        }
    }
}
