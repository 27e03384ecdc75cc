using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Knowledge.Search;

public static class KnowledgeSearchRegistration
{
    /// <summary>Registers <see cref="KnowledgeSearch"/> as a singleton; needs <c>AddKnowledgeDatabase</c>.</summary>
    public static IServiceCollection AddKnowledgeSearch(this IServiceCollection services) =>
        services.AddSingleton<KnowledgeSearch>();
}
