using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AfterSalesBot.Escalation.Cases;

internal static class CaseDeskServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ICaseDesk"/> and <see cref="CaseQueue"/>; needs <c>AddEscalationDatabase</c>. Its options
    /// are the module's (<see cref="EscalationModule.AddEscalationOptions"/>): hosts call <see cref="EscalationModule.AddEscalationModule"/>.</summary>
    public static IServiceCollection AddCaseDesk(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
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
}
