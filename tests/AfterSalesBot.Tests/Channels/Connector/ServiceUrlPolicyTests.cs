using AfterSalesBot.Bot.Channels;
using AfterSalesBot.Bot.Channels.Connector;

namespace AfterSalesBot.Tests.Channels.Connector;

public sealed class ServiceUrlPolicyTests
{
    private static readonly string[] Allowed = ["botframework.com", "smba.trafficmanager.net"];

    private static BotOptions Authenticated => new() { MicrosoftAppId = "app", MicrosoftAppPassword = "x", AllowedServiceUrlHosts = Allowed };

    private static BotOptions Anonymous => new() { AllowAnonymous = true, AllowedServiceUrlHosts = Allowed };

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://SMBA.trafficmanager.net/amer/")]
    [InlineData("https://directline.botframework.com/")]
    [InlineData("https://europe.directline.botframework.com/")]
    public void TheTokenGoesToAListedHostAndItsSubdomains(string serviceUrl) =>
        Assert.True(ServiceUrlPolicy.MayCarryToken(new Uri(serviceUrl), Allowed));

    [Theory]
    [InlineData("https://notbotframework.com/")]
    [InlineData("https://botframework.com.attacker.example/")]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("http://127.0.0.1:3000/")]
    [InlineData("http://localhost:3978/")]
    public void TheTokenNeverGoesToLookalikesCleartextOrUnlistedLoopback(string serviceUrl) =>
        Assert.False(ServiceUrlPolicy.MayCarryToken(new Uri(serviceUrl), Allowed));

    [Fact]
    public void TheTokenGoesToLoopbackOnlyWhenListedExplicitly() =>
        Assert.True(ServiceUrlPolicy.MayCarryToken(new Uri("http://127.0.0.1:3000/"), ["127.0.0.1"]));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://europe.directline.botframework.com/")]
    public void RepliesGoToListedHosts(string serviceUrl) => Assert.True(ServiceUrlPolicy.IsDeliverable(serviceUrl, Authenticated));

    [Theory]
    [InlineData("http://127.0.0.1:3978/")]
    [InlineData("http://localhost:3978/")]
    [InlineData("http://[::1]:3978/")]
    [InlineData("https://attacker.example/")]
    [InlineData("https://botframework.com.attacker.example/")]
    [InlineData("https://smba.trafficmanager.net/emea/?x=")]
    [InlineData("https://user:pw@smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/emea/#frag")]
    [InlineData("ftp://smba.trafficmanager.net/")]
    [InlineData("not a url")]
    [InlineData(null)]
    public void WithATokenNothingElseIsDeliverable(string? serviceUrl) =>
        Assert.False(ServiceUrlPolicy.IsDeliverable(serviceUrl, Authenticated));

    [Theory]
    [InlineData("http://127.0.0.1:3978/", true)]
    [InlineData("http://localhost:3978/", true)]
    [InlineData("http://[::1]:3978/", true)]
    [InlineData("http://127.0.0.1:5000/internal-admin/shutdown?x=", false)]
    [InlineData("http://192.0.2.77:3978/", false)]
    [InlineData("https://attacker.example/", false)]
    [InlineData("file:///etc/passwd", false)]
    public void AnonymousModeAddsLoopbackOnly(string serviceUrl, bool deliverable) =>
        Assert.Equal(deliverable, ServiceUrlPolicy.IsDeliverable(serviceUrl, Anonymous));

    [Fact]
    public void WithoutAnAppIdOrAChoiceNothingLoopbackIsDeliverable() =>
        Assert.False(ServiceUrlPolicy.IsDeliverable("http://127.0.0.1:3978/", new BotOptions { AllowedServiceUrlHosts = Allowed }));
}
