using AfterSalesBot.Escalation;
using AfterSalesBot.Escalation.Cases;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Tests.Escalation;

/// <summary>The host registers the case desk, migrates its tables into the bot's database and validates its options.</summary>
public sealed class EscalationHostTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "asb-escalation-host-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task TheHostOpensCasesInItsOwnDatabaseFile()
    {
        using var factory = Host(("Escalation:TimeZone", "Europe/Paris"));

        var desk = factory.Services.GetRequiredService<ICaseDesk>();
        var opened = await desk.OpenAsync(CaseBuilders.Open(), CancellationToken.None);

        Assert.Equal("Europe/Paris", factory.Services.GetRequiredService<IOptions<EscalationOptions>>().Value.TimeZone);
        Assert.Matches(@"^AS-\d{8}-0001$", opened.Number);
        Assert.Equal(opened.Number, (await desk.FindAsync(opened.Number, CancellationToken.None))?.Number);
        Assert.True(File.Exists(Path.Combine(_data, "aftersalesbot.db")));
    }

    [Fact]
    public void AnUnknownTimeZoneStopsTheStart()
    {
        using var factory = Host(("Escalation:TimeZone", "Mars/Olympus"));

        var error = Assert.Throws<OptionsValidationException>(() => factory.Services);
        Assert.Contains("Escalation:TimeZone", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Knowledge:TimeZone")]
    [InlineData("Complaints:TimeZone")]
    public void AnUnknownTimeZoneInAnyModuleStopsTheStartWithItsSetting(string key)
    {
        using var factory = Host((key, "Mars/Olympus"));

        var error = Assert.Throws<OptionsValidationException>(() => factory.Services);
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    private WebApplicationFactory<Program> Host((string Key, string Value) setting) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Storage:DataDirectory", _data).UseSetting(setting.Key, setting.Value));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
