using AfterSalesBot.Escalation;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.FollowUps;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Tests.Escalation;

/// <summary>Issue 15, item 7: the module assembles itself — <c>AddEscalationModule</c> alone, on a bare service collection with
/// nothing but configuration, binds and validates Escalation's options and registers its own timers.</summary>
public sealed class EscalationModuleTests
{
    private static ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddEscalationModule(configuration);
        services.AddEscalationModule(configuration); // twice is harmless
        return services.BuildServiceProvider();
    }

    [Fact]
    public void TheModuleAloneReadsItsOwnSections()
    {
        using var services = Build(("Escalation:RepeatRepairsForUrgent", "3"), ("Escalation:EmergencyLine", "400-800-1234"),
            ("Escalation:StatusChecks:MaxWrongChecks", "7"), ("FollowUp:DelayHours", "12"), ("Console:StaffCreditCap", "150"));

        var options = services.GetRequiredService<IOptions<EscalationOptions>>().Value;
        Assert.Equal((3, "400-800-1234"), (options.RepeatRepairsForUrgent, options.EmergencyLine));
        Assert.Equal(7, services.GetRequiredService<IOptions<StatusCheckOptions>>().Value.MaxWrongChecks);
        Assert.Equal(12, services.GetRequiredService<IOptions<FollowUpOptions>>().Value.DelayHours);
        Assert.Equal(150, services.GetRequiredService<IOptions<AfterSalesBot.Escalation.Console.ConsoleOptions>>().Value.StaffCreditCap);
    }

    [Fact]
    public void TheModuleStillReadsTheDeprecatedFollowUpKey()
    {
        using var services = Build(("Escalation:FollowUpAfter", "1.00:00:00"));

        Assert.Equal(24, services.GetRequiredService<IOptions<FollowUpOptions>>().Value.DelayHours);
    }

    [Theory]
    [InlineData("Escalation:StaffedHours:Monday", "all day", "Escalation:StaffedHours")]
    [InlineData("Escalation:TimeZone", "Mars/Olympus_Mons", "Escalation:TimeZone is not a time zone")]
    [InlineData("Escalation:SlaCheckInterval", "00:00:00", "Escalation:SlaCheckInterval")]
    [InlineData("Escalation:StatusChecks:Window", "00:00:00", "Escalation:StatusChecks:Window")]
    [InlineData("FollowUp:CheckInterval", "-00:01:00", "FollowUp:RetryAfter, ClaimLease and CheckInterval")]
    public void AnInvalidValueFailsTheStartWithItsKeyNamed(string key, string value, string message)
    {
        using var services = Build((key, value));

        // What the host runs before it starts anything (ValidateOnStart).
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheModuleRunsItsOwnTimers()
    {
        var services = new ServiceCollection().AddEscalationModule(new ConfigurationBuilder().Build());

        var hosted = services.Where(d => d.ServiceType == typeof(IHostedService)).Select(d => d.ImplementationType?.Name).ToList();
        // Besides them, only ASP.NET Core's own: data protection, for the console's sign-in cookie.
        Assert.Equal(["DataProtectionHostedService", "SlaMonitorService", "QueueNoticeService", "FollowUpService"], hosted);
    }
}
