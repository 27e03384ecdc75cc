using AfterSalesBot.Escalation;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Tests.Escalation;

/// <summary>Issue 15, item 7: the module assembles itself — <c>AddCaseDesk</c> alone binds and validates Escalation's options from
/// the host's configuration, instead of silently running on defaults.</summary>
public sealed class CaseDeskRegistrationTests
{
    private static IHost Build(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        builder.Services.AddEscalationDatabase(new EscalationDatabase(EscalationProvider.Sqlite, "Data Source=:memory:"));
        builder.Services.AddCaseDesk();
        builder.Services.AddCaseDesk(); // twice is harmless
        return builder.Build();
    }

    [Fact]
    public void AddCaseDeskAloneReadsTheEscalationSection()
    {
        using var host = Build(("Escalation:RepeatRepairsForUrgent", "3"), ("Escalation:EmergencyLine", "400-800-1234"), ("Escalation:StatusChecks:MaxWrongChecks", "7"));

        var options = host.Services.GetRequiredService<IOptions<EscalationOptions>>().Value;
        Assert.Equal((3, "400-800-1234"), (options.RepeatRepairsForUrgent, options.EmergencyLine));
        Assert.Equal(7, host.Services.GetRequiredService<IOptions<StatusCheckOptions>>().Value.MaxWrongChecks);
    }

    [Fact]
    public async Task AddCaseDeskAloneRefusesABadSectionAtStart()
    {
        using var host = Build(("Escalation:StaffedHours:Monday", "all day"));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Escalation:StaffedHours", error.Message, StringComparison.Ordinal);
    }
}
