using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AfterSalesBot.Escalation.Kpis;

internal static class KpiServiceCollectionExtensions
{
    /// <summary>Registers <see cref="KpiService"/>; needs <c>AddEscalationDatabase</c>, the module's options and the host's
    /// <see cref="IConversationStatistics"/>.</summary>
    public static IServiceCollection AddKpiReports(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<KpiService>();
        services.TryAddSingleton<FollowUpKpiService>();
        return services;
    }
}
