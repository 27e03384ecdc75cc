using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AfterSalesBot.Escalation.Cases;

public static class CaseDeskServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ICaseDesk"/> and <see cref="CaseQueue"/>; needs <c>AddEscalationDatabase</c>. Binds and validates its
    /// own options (sections <c>Escalation</c> and <c>Escalation:StatusChecks</c>) from the host's configuration, at start: the desk
    /// never runs on defaults it was configured away from (ADR 0016).</summary>
    public static IServiceCollection AddCaseDesk(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(CaseDeskMarker)))
        {
            services.AddSingleton<CaseDeskMarker>();
            services.AddOptions<EscalationOptions>().BindConfiguration(EscalationOptions.Section)
                .ValidateDataAnnotations()
                .Validate(o => o.HasKnownTimeZone(), "Escalation:TimeZone is not a time zone this machine knows (e.g. Asia/Shanghai).")
                .Validate(o => o.HasValidStaffedHours(), "Escalation:StaffedHours: each day is \"HH:mm-HH:mm\" or \"closed\".")
                .ValidateOnStart();
            services.AddOptions<StatusCheckOptions>().BindConfiguration(StatusCheckOptions.Section)
                .ValidateDataAnnotations()
                .Validate(o => o.HasPositiveWindow(), "Escalation:StatusChecks:Window must be longer than zero.")
                .ValidateOnStart();
        }
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<FollowUps.FollowUpOptions>();
        services.TryAddSingleton<CaseDesk>();
        services.TryAddSingleton<ICaseDesk>(sp => sp.GetRequiredService<CaseDesk>());
        services.TryAddSingleton<FollowUps.IFollowUpDesk>(sp => sp.GetRequiredService<CaseDesk>());
        services.TryAddSingleton<CaseQueue>();
        services.TryAddSingleton<SlaMonitor>();
        services.TryAddSingleton<StatusCheckRetention>();
        services.TryAddSingleton<CaseChanges>();
        services.TryAddSingleton<DeskBacklog>();
        // Needs the host's ICustomerConversations.
        services.TryAddSingleton<QueuePositionNotifier>();
        return services;
    }

    /// <summary>Registered once, so a second <see cref="AddCaseDesk"/> does not bind twice.</summary>
    private sealed class CaseDeskMarker;
}
