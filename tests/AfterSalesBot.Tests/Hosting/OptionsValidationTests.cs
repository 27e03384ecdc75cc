using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AfterSalesBot.Tests.Hosting;

/// <summary>
/// A setting the host cannot work with stops it at start, with a message naming the key, instead of starting and then
/// failing requests (a negative session limit used to answer every chat session with 500).
/// </summary>
public sealed class OptionsValidationTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "asb-options-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("WebChat:SessionsPerMinute", "-1", "WebChat:SessionsPerMinute")]
    [InlineData("WebChat:SessionsPerMinute", "0", "WebChat:SessionsPerMinute")]
    [InlineData("Console:StaffCreditCap", "-5", "Console:StaffCreditCap")]
    [InlineData("Console:SignInLifetime", "-01:00:00", "Console:SignInLifetime")]
    [InlineData("Console:OpenIdConnect:Authority", "https://login.example.com/tenant/v2.0", "Console:OpenIdConnect:ClientId")]
    [InlineData("DirectLine:TokenLifetime", "00:00:00", "DirectLine:TokenLifetime")]
    [InlineData("DirectLine:HeartbeatInterval", "-00:00:05", "DirectLine:HeartbeatInterval")]
    [InlineData("DirectLine:MaxUploadBytes", "10", "MaxUploadBytes")]
    [InlineData("Outbox:MaxAttempts", "0", "MaxAttempts")]
    [InlineData("Complaints:FirstReplyHours", "0", "FirstReplyHours")]
    [InlineData("FollowUp:DelayHours", "-1", "DelayHours")]
    [InlineData("Escalation:StaffedHours:Monday", "25:00-26:00", "Escalation:StaffedHours")]
    [InlineData("Hosting:ForwardedHeaders:KnownNetworks:0", "10.0.0.0/99", "Hosting:ForwardedHeaders:KnownNetworks")]
    [InlineData("Hosting:ForwardedHeaders:KnownProxies:0", "proxy.internal", "Hosting:ForwardedHeaders:KnownProxies")]
    [InlineData("Hosting:Hsts:MaxAge", "00:00:00", "Hosting:Hsts:MaxAge")]
    [InlineData("Quotas:MessagesPerMinute", "0", "MessagesPerMinute")]
    public void ASettingTheHostCannotUseStopsItAtStartNamingTheKey(string key, string value, string named)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("Storage:DataDirectory", _data)
            .UseSetting(key, value));

        var failure = Record.Exception(() => factory.Services);

        Assert.NotNull(failure);
        Assert.Contains(named, failure.ToString());
    }

    [Fact]
    public async Task TheSessionLimitComesFromTheValidatedSetting()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("Storage:DataDirectory", _data)
            .UseSetting("WebChat:SessionsPerMinute", "2"));
        using var http = factory.CreateClient();

        var answers = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await http.PostAsync("/api/webchat/session", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
            answers.Add((int)response.StatusCode);
        }

        Assert.Equal([200, 200, 429], answers);
    }

    [Fact]
    public async Task TooManySessionsSaysWhenToComeBackAndWhy()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("Storage:DataDirectory", _data)
            .UseSetting("WebChat:SessionsPerMinute", "1"));
        using var http = factory.CreateClient();
        using var first = await http.PostAsync("/api/webchat/session", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        using var refused = await http.PostAsync("/api/webchat/session", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(429, (int)refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("new chat sessions", await refused.Content.ReadAsStringAsync());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
