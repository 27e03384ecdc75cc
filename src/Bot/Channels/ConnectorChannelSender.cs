using AfterSalesBot.Bot.Channels.Connector;
using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Schema;

namespace AfterSalesBot.Bot.Channels;

/// <summary>Delivers committed replies to Azure Bot Service channels through the connector client.</summary>
/// <remarks>The connector is a typed HttpClient (transient); resolving it per send lets the factory
/// rotate handlers, which a singleton holding one client would prevent.</remarks>
internal sealed class ConnectorChannelSender(IServiceProvider services) : IExternalChannelSender
{
    public async Task<string?> SendAsync(Activity activity, CancellationToken ct)
    {
        var response = await services.GetRequiredService<IConnectorClient>().SendAsync(activity, ct);
        return string.IsNullOrEmpty(response?.Id) ? null : response.Id;
    }
}
