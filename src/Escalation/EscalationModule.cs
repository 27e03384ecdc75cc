using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Console;
using AfterSalesBot.Escalation.FollowUps;
using AfterSalesBot.Escalation.Kpis;
using AfterSalesBot.Escalation.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AfterSalesBot.Escalation;

/// <summary>
/// The module's one entry point (ADR 0023): its options bound from its own sections and validated at start, its
/// services, the staff console, and the timers that run it (SLA monitor, queue notices, follow-ups). The host adds the
/// database (<c>AddEscalationDatabase</c>) and implements the interfaces in <c>Conversations/</c> and
/// <see cref="FollowUps.IFollowUpSender"/>; it maps the console with <c>MapStaffConsole</c>.
/// </summary>
public static class EscalationModule
{
    public static IServiceCollection AddEscalationModule(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(ModuleMarker))) return services; // a second call must not add a second sign-in scheme
        services.AddSingleton<ModuleMarker>();
        services.AddEscalationOptions(configuration);
        services.AddCaseDesk();
        services.AddKpiReports();
        services.AddCasePrivacy();
        services.AddStaffConsole(configuration);
        services.TryAddSingleton<FollowUpScheduler>(); // sends through the host's IFollowUpSender
        services.AddHostedService<SlaMonitorService>();
        services.AddHostedService<QueueNoticeService>();
        services.AddHostedService<FollowUpService>();
        return services;
    }

    /// <summary>Sections <c>Escalation</c>, <c>Escalation:StatusChecks</c> and <c>FollowUp</c>, bound from
    /// <paramref name="configuration"/> and validated when the host starts (or at the first read): the desk never runs
    /// on defaults it was configured away from. Registered once however often it is called.</summary>
    internal static IServiceCollection AddEscalationOptions(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(OptionsMarker))) return services;
        services.AddSingleton<OptionsMarker>();
        services.AddOptions<EscalationOptions>().Bind(configuration.GetSection(EscalationOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.HasKnownTimeZone(), "Escalation:TimeZone is not a time zone this machine knows (e.g. Asia/Shanghai).")
            .Validate(o => o.HasValidStaffedHours(), "Escalation:StaffedHours: each day is \"HH:mm-HH:mm\" or \"closed\".")
            .Validate(o => o.SlaCheckInterval > TimeSpan.Zero && o.QueueNoticeInterval > TimeSpan.Zero,
                "Escalation:SlaCheckInterval and QueueNoticeInterval must be longer than zero.")
            .ValidateOnStart();
        services.AddOptions<StatusCheckOptions>().Bind(configuration.GetSection(StatusCheckOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.HasPositiveWindow(), "Escalation:StatusChecks:Window must be longer than zero.")
            .ValidateOnStart();
        services.AddOptions<FollowUpOptions>().Bind(configuration.GetSection(FollowUpOptions.Section))
            .PostConfigure(o => DeprecatedFollowUpAfter.Apply(o, configuration))
            .ValidateDataAnnotations()
            .Validate(o => o.RetryAfter > TimeSpan.Zero && o.ClaimLease > TimeSpan.Zero && o.CheckInterval > TimeSpan.Zero,
                "FollowUp:RetryAfter, ClaimLease and CheckInterval must be positive.")
            .ValidateOnStart();
        return services;
    }

    private sealed class ModuleMarker;

    private sealed class OptionsMarker;
}
