using AfterSalesBot.Bot.Channels;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.DirectLine;
using AfterSalesBot.Escalation.FollowUps;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
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
    public void TheShippedFollowUpDelayHoursWinsOverTheDeprecatedFollowUpAfter()
    {
        // appsettings.json states the delay, three days.
        Assert.Equal(72, FollowUpDelayHours(_factory));

        // So the deprecated key, set in the environment beside it, is ignored (with a start-up warning).
        using var old = _factory.WithWebHostBuilder(b => b.UseSetting("Escalation:FollowUpAfter", "1.12:00:00"));
        Assert.Equal(72, FollowUpDelayHours(old));

        using var both = old.WithWebHostBuilder(b => b.UseSetting("FollowUp:DelayHours", "6"));
        Assert.Equal(6, FollowUpDelayHours(both));
    }

    [Fact]
    public void TheDeprecatedFollowUpAfterIsTheFollowUpDelayOnlyInAConfigurationWithoutFollowUpDelayHours()
    {
        // A deployment whose configuration has no FollowUp:DelayHours (the line removed from its appsettings.json):
        // a null in the last source hides the shipped value, as if the key were absent.
        using var old = _factory.WithWebHostBuilder(b => b
            .UseSetting("Escalation:FollowUpAfter", "1.12:00:00")
            .ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(
                new Dictionary<string, string?> { ["FollowUp:DelayHours"] = null })));

        Assert.Equal(36, FollowUpDelayHours(old));
    }

    [Fact]
    public void TheShippedFollowUpSectionStatesEveryDocumentedDefault()
    {
        var file = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: false)
            .Build()
            .GetSection(FollowUpOptions.Section);
        var defaults = new FollowUpOptions();
        var shipped = file.Get<FollowUpOptions>()!;

        foreach (var property in typeof(FollowUpOptions).GetProperties().Where(p => p.CanWrite))
        {
            Assert.True(file[property.Name] is not null, $"appsettings.json has no FollowUp:{property.Name}");
            Assert.Equal(property.GetValue(defaults), property.GetValue(shipped));
        }
    }

    private static double FollowUpDelayHours(WebApplicationFactory<Program> factory) =>
        factory.Services.GetRequiredService<IOptions<FollowUpOptions>>().Value.DelayHours;

    public void Dispose()
    {
        _factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
