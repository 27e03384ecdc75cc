using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Knowledge.Coverage;

public static class CoverageServiceCollectionExtensions
{
    /// <summary>Registers <see cref="PurchaseLookup"/>; needs <c>AddKnowledgeDatabase</c>. The decider itself is static and pure.</summary>
    public static IServiceCollection AddPurchaseLookup(this IServiceCollection services) =>
        services.AddSingleton<PurchaseLookup>();
}
