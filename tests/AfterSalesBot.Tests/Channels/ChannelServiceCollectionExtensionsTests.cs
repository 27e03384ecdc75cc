using AfterSalesBot.Bot.Channels;
using AfterSalesBot.Bot.Channels.Authentication;
using AfterSalesBot.Bot.Channels.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Tests.Channels;

public sealed class ChannelServiceCollectionExtensionsTests
{
    [Fact]
    public void ResolvesAuthenticatorAndConnectorClientFromConfiguration()
    {
        using var services = Build(new() { ["Bot:AllowedServiceUrlHosts:0"] = "smba.trafficmanager.net" });

        Assert.IsType<BotConnectorAuthenticator>(services.GetRequiredService<IChannelAuthenticator>());
        Assert.IsType<ConnectorClient>(services.GetRequiredService<IConnectorClient>());
        Assert.IsType<MsalConnectorTokenProvider>(services.GetRequiredService<IConnectorTokenProvider>());
        Assert.Equal(["smba.trafficmanager.net"], services.GetRequiredService<IOptions<BotOptions>>().Value.AllowedServiceUrlHosts);
    }

    [Fact]
    public void RefusesAppIdWithoutSecret()
    {
        using var services = Build(new() { ["Bot:MicrosoftAppId"] = "8a3c1f2e-0d4b-4c59-9e61-5b7f0a2d9c11" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotOptions>>().Value);
        Assert.Contains("MicrosoftAppPassword", error.Message);
    }

    [Fact]
    public void RefusesRequestLimitOutOfRange()
    {
        using var services = Build(new() { ["Bot:MaxRequestBytes"] = "10" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotOptions>>().Value);
        Assert.Contains("MaxRequestBytes", error.Message);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddBotConnector()
            .BuildServiceProvider();
    }
}
