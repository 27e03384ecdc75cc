using AfterSalesBot.Bot.Backplane;
using AfterSalesBot.Bot.DirectLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Tests.Backplane;

/// <summary>Redis is used only when configured: without the setting a host registers nothing of it (one instance works as
/// it always did, with no Redis to run); with it, the stream, the hub and the health check all go through it.</summary>
public sealed class BackplaneRegistrationTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "asb-backplane-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void WithoutTheSettingNothingOfRedisIsRegistered()
    {
        using var factory = Host();

        Assert.Null(factory.Services.GetService<RedisConnection>());
        Assert.Null(factory.Services.GetService<IStreamBackplane>());
        Assert.False(factory.Services.GetRequiredService<DirectLineHub>().SharedWithOtherInstances);
        Assert.DoesNotContain(factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>(), s => s is RedisStreamListener);
        Assert.DoesNotContain("Redis", factory.Services.GetRequiredService<HubLifetimeManager<AfterSalesBot.Escalation.Console.ConsoleHub>>().GetType().Name);
    }

    [Fact]
    public async Task WithTheSettingTheStreamAndTheConsoleHubGoThroughRedisAndAnUnreachableRedisIsDegradedNotAFailedStart()
    {
        // Nothing listens on port 1.
        using var factory = Host(("Redis:Configuration", "127.0.0.1:1,connectTimeout=200"));

        Assert.NotNull(factory.Services.GetService<RedisConnection>());
        Assert.True(factory.Services.GetRequiredService<DirectLineHub>().SharedWithOtherInstances);
        Assert.StartsWith("RedisHubLifetimeManager", factory.Services.GetRequiredService<HubLifetimeManager<AfterSalesBot.Escalation.Console.ConsoleHub>>().GetType().Name);
        using var http = factory.CreateClient();
        var ready = await http.GetAsync("/health/ready");
        Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Degraded", await ready.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("has spaces")]
    public void AChannelPrefixThatIsNotANameStopsTheHostAtStart(string prefix)
    {
        using var factory = Host(("Redis:ChannelPrefix", prefix));

        var failure = Record.Exception(() => factory.Services);

        Assert.NotNull(failure);
        Assert.Contains("ChannelPrefix", failure.ToString());
    }

    private WebApplicationFactory<Program> Host(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Storage:DataDirectory", _data);
            foreach (var (key, value) in settings) b.UseSetting(key, value);
        });

    public void Dispose()
    {
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
