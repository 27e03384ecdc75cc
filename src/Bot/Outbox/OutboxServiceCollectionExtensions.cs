namespace AfterSalesBot.Bot.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>The outbox of connector replies and its dispatcher (section "Outbox").</summary>
    public static IServiceCollection AddConnectorOutbox(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section)
            .Validate(o => o.MaxAttempts >= 1 && o.BaseDelay > TimeSpan.Zero && o.MaxDelay >= o.BaseDelay
                && o.PollInterval > TimeSpan.Zero && o.ClaimLease > TimeSpan.Zero && o.Parallelism >= 1,
                "Outbox: MaxAttempts and Parallelism at least 1, delays, poll interval and lease positive, MaxDelay at least BaseDelay.")
            .ValidateOnStart();
        services.AddSingleton<ConnectorOutbox>();
        services.AddHostedService<OutboxDispatcher>();
        return services;
    }
}
