using AfterSalesBot.Escalation.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AfterSalesBot.Escalation.Privacy;

internal static class CasePrivacyServiceCollectionExtensions
{
    /// <summary>The cases' side of retention and customer rights; needs the Escalation database.</summary>
    public static IServiceCollection AddCasePrivacy(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CasePrivacy>();
        services.TryAddSingleton<AuditLog>();
        return services;
    }
}
