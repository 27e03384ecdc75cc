using AfterSalesBot.Bot.Channels;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.DirectLine;
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

    public void Dispose()
    {
        _factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
