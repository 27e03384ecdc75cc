using AfterSalesBot.Bot.Kpis;
using AfterSalesBot.Bot.Transcripts;
using AfterSalesBot.Escalation;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Console;

namespace AfterSalesBot.Bot.Escalation;

public static class EscalationServiceCollectionExtensions
{
    /// <summary>The case desk and its options, the console, and the bot's side of what the console reads (transcripts,
    /// KPI statistics). The desk's database is registered with the bot's storage (same
    /// database, its own tables and migrations).</summary>
    public static IHostApplicationBuilder AddEscalation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EscalationOptions>().BindConfiguration(EscalationOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.HasKnownTimeZone(), "Escalation:TimeZone is not a time zone this machine knows (e.g. Asia/Shanghai).")
            .ValidateOnStart();
        builder.Services.AddCaseDesk();
        builder.Services.AddHostedService<SlaMonitorService>();
        builder.Services.AddStaffConsole(builder.Configuration);
        builder.AddTranscripts();
        builder.AddKpis();
        return builder;
    }
}
