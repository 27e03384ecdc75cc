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
        builder.Services.AddCaseDesk(); // binds and validates Escalation's own options
        builder.Services.AddHostedService<SlaMonitorService>();
        builder.Services.AddCustomerConversations();
        builder.Services.AddHostedService<QueueNoticeService>();
        builder.Services.AddStaffConsole(builder.Configuration);
        return builder;
    }
}
