using AfterSalesBot.Escalation.Conversations;

namespace AfterSalesBot.Bot.Conversations.Leases;

public static class LeaseServiceCollectionExtensions
{
    /// <summary>One conversation, one turn at a time, across instances (ADR 0028).</summary>
    public static IServiceCollection AddConversationLeases(this IServiceCollection services)
    {
        services.AddOptions<ConversationLeaseOptions>().BindConfiguration(ConversationLeaseOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<HeldLeases>();
        services.AddSingleton<ConversationLeaseStore>();
        services.AddSingleton<LeasedTurns>();
        services.AddSingleton<ITranscriptObserver, LeaseContinuity>();
        services.AddHostedService<LeaseKeeper>();
        return services;
    }
}
