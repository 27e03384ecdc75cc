using AfterSalesBot.Bot.Channels.Authentication;
using AfterSalesBot.Bot.Conversations;

namespace AfterSalesBot.Bot.Channels;

public static class ChannelHostingExtensions
{
    /// <summary>The Azure Bot Service side: options, authentication and outbound delivery.</summary>
    public static IHostApplicationBuilder AddBotChannels(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BotOptions>().BindConfiguration("Bot");
        builder.Services.AddSingleton<IChannelAuthenticator, AnonymousOnlyAuthenticator>();
        builder.Services.AddSingleton<IExternalChannelSender, ConnectorChannelSender>();
        return builder;
    }
}
