namespace AfterSalesBot.Bot.Channels.Connector;

/// <summary>Bearer tokens the bot presents to the Connector API.</summary>
public interface IConnectorTokenProvider
{
    /// <summary>A current access token for <c>https://api.botframework.com/.default</c>; implementations cache it.</summary>
    Task<string> GetTokenAsync(CancellationToken ct);
}
