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
    public async Task TheCustomerPageLetsWebChatReadAttachedFilesAndMakeThumbnailsFromBlobUrlsOnly()
    {
        using var http = fixture.Server.CreateClient();
        var response = await http.GetAsync("/");

        var directives = string.Join(";", response.Headers.GetValues("Content-Security-Policy"))
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d[(d.IndexOf(' ') + 1)..]);
        Assert.Equal("'self' ws: wss: blob:", directives["connect-src"]);
        Assert.Equal("blob:", directives["worker-src"]);
        Assert.Equal("'self'", directives["script-src"]);
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
