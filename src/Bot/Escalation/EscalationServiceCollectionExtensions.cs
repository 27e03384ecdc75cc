using AfterSalesBot.Escalation;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Console;

namespace AfterSalesBot.Bot.Escalation;

public static class EscalationServiceCollectionExtensions
{
    /// <summary>The case desk and its options. The desk's database is registered with the bot's storage (same
    /// database, its own tables and migrations).</summary>
    public static IHostApplicationBuilder AddEscalation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EscalationOptions>().BindConfiguration(EscalationOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.HasKnownTimeZone(), "Escalation:TimeZone is not a time zone this machine knows (e.g. Asia/Shanghai).")
            .Validate(o => o.HasValidStaffedHours(), "Escalation:StaffedHours: each day is \"HH:mm-HH:mm\" or \"closed\".")
            .ValidateOnStart();
        builder.Services.AddOptions<StatusCheckOptions>().BindConfiguration(StatusCheckOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.HasPositiveWindow(), "Escalation:StatusChecks:Window must be longer than zero.")
            .ValidateOnStart();
        builder.Services.AddCaseDesk();
        builder.Services.AddHostedService<SlaMonitorService>();
        builder.Services.AddCustomerConversations();
        builder.Services.AddHostedService<QueueNoticeService>();
        builder.Services.AddStaffConsole(builder.Configuration);
        return builder;
    }
}
