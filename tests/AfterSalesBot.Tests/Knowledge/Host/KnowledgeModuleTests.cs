using AfterSalesBot.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Tests.Knowledge.Host;

/// <summary>Issue 15, item 7: <c>AddKnowledgeModule</c> alone, with nothing but configuration, binds and validates section
/// <c>Knowledge</c> and registers its own start-up import.</summary>
public sealed class KnowledgeModuleTests
{
    private static ServiceProvider Build(params (string Key, string Value)[] settings) => new ServiceCollection()
        .AddKnowledgeModule(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build())
        .BuildServiceProvider();

    [Fact]
    public void TheModuleAloneReadsItsSection()
    {
        using var services = Build(("Knowledge:TimeZone", "Europe/Berlin"), ("Knowledge:ImportDemoOnFirstStart", "false"));

        var options = services.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
        Assert.Equal(("Europe/Berlin", false), (options.TimeZone, options.ImportDemoOnFirstStart));
    }

    [Theory]
    [InlineData("Knowledge:TimeZone", "Mars/Olympus_Mons", "Knowledge:TimeZone is not a time zone")]
    [InlineData("Knowledge:DemoFolder", " ", "Knowledge:DemoFolder must not be empty")]
    public void AnInvalidValueFailsTheStartWithItsKeyNamed(string key, string value, string message)
    {
        using var services = Build((key, value));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheModuleRunsItsOwnDemoImport()
    {
        var services = new ServiceCollection().AddKnowledgeModule(new ConfigurationBuilder().Build());

        Assert.Equal(["DemoKnowledgeImport"], services.Where(d => d.ServiceType == typeof(IHostedService)).Select(d => d.ImplementationType?.Name));
    }
}
