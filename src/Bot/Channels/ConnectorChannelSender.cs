using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Schema;

namespace AfterSalesBot.Bot.Channels;

// Placeholder until the connector client lands.
internal sealed class ConnectorChannelSender(ILogger<ConnectorChannelSender> logger) : IExternalChannelSender
{
    public Task SendAsync(Activity activity, CancellationToken ct)
    {
        logger.LogWarning("No connector yet for {ChannelId}.", activity.ChannelId);
        return Task.CompletedTask;
    }
}
