using AfterSalesBot.Bot.Channels.Connector;

namespace AfterSalesBot.Tests.Channels.Connector;

/// <summary>A fake in place of MSAL: always the same token, and counts how often it was asked.</summary>
internal sealed class FakeConnectorTokenProvider : IConnectorTokenProvider
{
    public const string Token = "fake-connector-token";

    public int Requests { get; private set; }

    public Task<string> GetTokenAsync(CancellationToken ct)
    {
        Requests++;
        return Task.FromResult(Token);
    }
}
