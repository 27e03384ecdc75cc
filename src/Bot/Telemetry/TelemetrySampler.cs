using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Escalation.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Telemetry;

/// <summary>Reads the backlog counts every <see cref="TelemetryOptions.SampleInterval"/> into <see cref="TelemetrySnapshot"/>.</summary>
public sealed partial class TelemetrySampler(
    IDbContextFactory<BotDbContext> bot,
    DeskBacklog desk,
    TelemetrySnapshot snapshot,
    IOptions<TelemetryOptions> options,
    TimeProvider clock,
    ILogger<TelemetrySampler> logger) : BackgroundService
{
    public async Task SampleAsync(CancellationToken ct)
    {
        await using (var db = bot.CreateDbContext())
        {
            snapshot.InboxBacklog = await db.Inbox.CountAsync(i => i.Status == InboxStatus.Accepted
                && !db.Conversations.Any(c => c.Id == i.ConversationId && c.LastProcessedSequence >= i.Sequence), ct);
            snapshot.OutboxPending = await db.Outbox.CountAsync(o => o.State == OutboxState.Pending || o.State == OutboxState.Failed, ct);
            snapshot.OutboxParked = await db.Outbox.CountAsync(o => o.State == OutboxState.Parked, ct);
        }
        // The desk's counts through its own API (never its tables).
        var backlog = await desk.CountAsync(clock.GetUtcNow(), ct);
        snapshot.SetQueue(backlog.QueueByPriority);
        snapshot.FollowUpsDue = backlog.FollowUpsDue;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SampleAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSampleFailed(logger, ex); // the gauges keep the last counts
            }
            try
            {
                await Task.Delay(options.Value.SampleInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the backlog counts for the telemetry gauges.")]
    private static partial void LogSampleFailed(ILogger logger, Exception ex);
}
