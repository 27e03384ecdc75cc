using AfterSalesBot.Escalation.Conversations;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AfterSalesBot.Bot.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>The outbox of connector replies, its dispatcher (section "Outbox") and the desk's view of parked replies
    /// (<see cref="IUndeliveredReplies"/>).</summary>
    public static IServiceCollection AddConnectorOutbox(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section)
            .Validate(o => o.MaxAttempts >= 1 && o.BaseDelay > TimeSpan.Zero && o.MaxDelay >= o.BaseDelay
                && o.PollInterval > TimeSpan.Zero && o.ClaimLease > TimeSpan.Zero && o.Parallelism >= 1
                && o.KeepDelivered > TimeSpan.Zero && o.PruneInterval > TimeSpan.Zero && o.PruneBatchSize >= 1,
                "Outbox: MaxAttempts, Parallelism and PruneBatchSize at least 1, delays, poll and prune intervals, lease and KeepDelivered positive, MaxDelay at least BaseDelay.")
            .ValidateOnStart();
        services.AddSingleton<ConnectorOutbox>();
        services.TryAddSingleton<IUndeliveredReplies, UndeliveredReplies>();
        services.AddHostedService<OutboxDispatcher>();
        return services;
    }
}
