using AfterSalesBot.Bot.Conversations;

namespace AfterSalesBot.Bot.Channels;

public static class ChannelHostingExtensions
{
    /// <summary>The Azure Bot Service side: options, authentication, the connector and outbound delivery.</summary>
    public static IHostApplicationBuilder AddBotChannels(this IHostApplicationBuilder builder)
    {
        builder.Services.AddBotConnector();
        builder.Services.AddSingleton<IExternalChannelSender, ConnectorChannelSender>();
        builder.Services.AddSingleton<ChannelConversationGuard>();
        return builder;
    }
}
