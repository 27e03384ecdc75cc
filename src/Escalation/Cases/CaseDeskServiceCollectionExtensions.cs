using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AfterSalesBot.Escalation.Cases;

public static class CaseDeskServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ICaseDesk"/> and <see cref="CaseQueue"/>; needs <c>AddEscalationDatabase</c>. Binding and validating
    /// <see cref="EscalationOptions"/> is the host's (defaults apply otherwise).</summary>
    public static IServiceCollection AddCaseDesk(this IServiceCollection services)
    {
        services.AddOptions<EscalationOptions>();
        services.AddOptions<StatusCheckOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<FollowUps.FollowUpOptions>();
        services.TryAddSingleton<CaseDesk>();
        services.TryAddSingleton<ICaseDesk>(sp => sp.GetRequiredService<CaseDesk>());
        services.TryAddSingleton<FollowUps.IFollowUpDesk>(sp => sp.GetRequiredService<CaseDesk>());
        services.TryAddSingleton<CaseQueue>();
        services.TryAddSingleton<SlaMonitor>();
        services.TryAddSingleton<StatusCheckRetention>();
        services.TryAddSingleton<CaseChanges>();
        // Needs the host's ICustomerConversations.
        services.TryAddSingleton<QueuePositionNotifier>();
        return services;
    }
}
