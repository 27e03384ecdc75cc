using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Knowledge.Search;

public static class KnowledgeSearchRegistration
{
    /// <summary>Registers <see cref="KnowledgeSearch"/> as a singleton, refreshed after every import that changes
    /// something; needs <c>AddKnowledgeDatabase</c>.</summary>
    public static IServiceCollection AddKnowledgeSearch(this IServiceCollection services) => services
        .AddSingleton<KnowledgeSearch>()
        .AddSingleton<IKnowledgeChangeListener>(sp => sp.GetRequiredService<KnowledgeSearch>());
}
