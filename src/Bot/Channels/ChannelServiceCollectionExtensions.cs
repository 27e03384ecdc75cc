using AfterSalesBot.Bot.Channels.Authentication;
using AfterSalesBot.Bot.Channels.Connector;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AfterSalesBot.Bot.Channels;

public static class ChannelServiceCollectionExtensions
{
    /// <summary>How long one metadata fetch or Connector call may take before it counts as failed.</summary>
    private static readonly TimeSpan HttpTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The Bot Connector side of the Azure path: <see cref="BotOptions"/> (section "Bot", validated
    /// at start), inbound token validation, outbound Connector calls and their Entra tokens.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart()
            // Anonymous /api/messages is a developer's choice: on by default only in Development.
            .PostConfigure<IServiceProvider>((options, services) =>
                options.AllowAnonymous ??= services.GetService<IHostEnvironment>()?.IsDevelopment() ?? false);

        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(HttpClientDocumentRetriever.HttpClientName, c => c.Timeout = HttpTimeout);
        services.AddHttpClient(MsalConnectorTokenProvider.HttpClientName, c => c.Timeout = HttpTimeout);
        // A redirect would send the reply (and its token) to an address nobody checked: never follow one. Retries and the
        // timeout of each attempt are the resilience handler's (ADR 0021); the client's own timeout bounds the whole call.
        var retry = ConnectorRetryOptions.Default;
        services.AddHttpClient<IConnectorClient, ConnectorClient>(c => c.Timeout = retry.WholeCall)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddResilienceHandler(ConnectorResilience.Name, (pipeline, context) =>
                ConnectorResilience.Configure(pipeline, retry, context.ServiceProvider.GetRequiredService<TimeProvider>()));

        // Singletons: both hold caches (signing keys, MSAL's token cache) that must outlive a request.
        services.TryAddSingleton<IChannelAuthenticator, BotConnectorAuthenticator>();
        services.TryAddSingleton<IConnectorTokenProvider, MsalConnectorTokenProvider>();
        return services;
    }
}
