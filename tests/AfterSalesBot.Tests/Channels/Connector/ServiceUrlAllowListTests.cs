using AfterSalesBot.Bot.Channels.Connector;

namespace AfterSalesBot.Tests.Channels.Connector;

public sealed class ServiceUrlAllowListTests
{
    private static readonly string[] Allowed = ["botframework.com", "smba.trafficmanager.net"];

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://SMBA.trafficmanager.net/amer/")]
    [InlineData("https://directline.botframework.com/")]
    [InlineData("https://europe.directline.botframework.com/")]
    public void PermitsListedHostAndItsSubdomains(string serviceUrl) =>
        Assert.True(ServiceUrlAllowList.Permits(new Uri(serviceUrl), Allowed));

    [Theory]
    [InlineData("https://notbotframework.com/")]
    [InlineData("https://botframework.com.attacker.example/")]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("http://127.0.0.1:3000/")]
    [InlineData("http://localhost:3978/")]
    public void RefusesLookalikesCleartextAndUnlistedLoopback(string serviceUrl) =>
        Assert.False(ServiceUrlAllowList.Permits(new Uri(serviceUrl), Allowed));

    [Fact]
    public void PermitsLoopbackOnlyWhenListedExplicitly() =>
        Assert.True(ServiceUrlAllowList.Permits(new Uri("http://127.0.0.1:3000/"), ["127.0.0.1"]));
}
