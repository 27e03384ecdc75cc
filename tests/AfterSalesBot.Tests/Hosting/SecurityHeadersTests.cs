using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Hosting;

public sealed class SecurityHeadersTests(BotServerFixture fixture) : IClassFixture<BotServerFixture>
{
    [Fact]
    public async Task TheCustomerPageAllowsScriptsOnlyFromItsOwnOrigin()
    {
        using var http = fixture.Server.CreateClient();
        var response = await http.GetAsync("/");

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Contains("frame-ancestors 'self'", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("/lib/botframework-webchat/webchat.js", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheWebChatBundleIsServedLocally()
    {
        using var http = fixture.Server.CreateClient();
        var bundle = await http.GetAsync("/lib/botframework-webchat/webchat.js");
        Assert.True(bundle.IsSuccessStatusCode);
        Assert.True(bundle.Content.Headers.ContentLength > 1_000_000);
    }
}
