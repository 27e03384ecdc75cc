using AfterSalesBot.Bot.Channels;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.DirectLine;
using AfterSalesBot.Escalation.FollowUps;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Tests.Hosting;

/// <summary>The host reads the repository's root appsettings.json, and its sections bind to the options.</summary>
public sealed class ConfigurationTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "asb-config-" + Guid.NewGuid().ToString("N"));
    private readonly WebApplicationFactory<Program> _factory;

    public ConfigurationTests() =>
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Storage:DataDirectory", _data));

    [Fact]
    public void TheRootAppSettingsFileBindsTheBotSection()
    {
        var bot = _factory.Services.GetRequiredService<IOptions<BotOptions>>().Value;
        // The code default is an empty list: these hosts can only have come from appsettings.json.
        Assert.Contains("smba.trafficmanager.net", bot.AllowedServiceUrlHosts);
        Assert.Contains("botframework.com", bot.AllowedServiceUrlHosts);
    }

    [Fact]
    public void TheStorageSectionBindsAndEnvironmentStyleOverridesWin()
    {
        var storage = _factory.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        Assert.Equal(StorageProvider.Sqlite, storage.Provider);
        Assert.Equal(_data, storage.DataDirectory);
        Assert.Equal(TimeSpan.FromDays(30), _factory.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.ResumeWindow);
    }

    [Fact]
    public void TheDeprecatedFollowUpAfterIsTheFollowUpDelayOnlyUntilFollowUpDelayHoursIsSet()
    {
        // The shipped appsettings.json sets neither key: the code default, three days.
        Assert.Equal(72, _factory.Services.GetRequiredService<IOptions<FollowUpOptions>>().Value.DelayHours);

        using var old = _factory.WithWebHostBuilder(b => b.UseSetting("Escalation:FollowUpAfter", "1.12:00:00"));
        Assert.Equal(36, old.Services.GetRequiredService<IOptions<FollowUpOptions>>().Value.DelayHours);

        using var both = old.WithWebHostBuilder(b => b.UseSetting("FollowUp:DelayHours", "6"));
        Assert.Equal(6, both.Services.GetRequiredService<IOptions<FollowUpOptions>>().Value.DelayHours);
    }

    public void Dispose()
    {
        _factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
