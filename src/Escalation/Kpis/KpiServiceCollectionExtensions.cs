using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AfterSalesBot.Escalation.Kpis;

public static class KpiServiceCollectionExtensions
{
    /// <summary>Registers <see cref="KpiService"/>; needs <c>AddEscalationDatabase</c> and the host's
    /// <see cref="IConversationStatistics"/>.</summary>
    public static IServiceCollection AddKpiReports(this IServiceCollection services)
    {
        services.AddOptions<EscalationOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<KpiService>();
        services.AddOptions<FollowUps.FollowUpOptions>();
        services.TryAddSingleton<FollowUpKpiService>();
        return services;
    }
}
