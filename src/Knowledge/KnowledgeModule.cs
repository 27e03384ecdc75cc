using AfterSalesBot.Knowledge.Coverage;
using AfterSalesBot.Knowledge.Import;
using AfterSalesBot.Knowledge.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AfterSalesBot.Knowledge;

/// <summary>
/// The module's one entry point (ADR 0023): section <c>Knowledge</c> bound and validated at start, import and export,
/// article search, purchase lookup, the read API (<see cref="KnowledgeReader"/>), and the demo import on the first start.
/// The host adds the database (<c>AddKnowledgeDatabase</c>).
/// </summary>
public static class KnowledgeModule
{
    public static IServiceCollection AddKnowledgeModule(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(ModuleMarker))) return services;
        services.AddSingleton<ModuleMarker>();
        services.AddOptions<KnowledgeOptions>().Bind(configuration.GetSection(KnowledgeOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.DemoFolder), "Knowledge:DemoFolder must not be empty (default knowledge/demo).")
            .Validate(o => !string.IsNullOrWhiteSpace(o.TimeZone) && o.HasKnownTimeZone(),
                "Knowledge:TimeZone is not a time zone this machine knows (e.g. Asia/Shanghai).")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<KnowledgeImporter>();
        services.TryAddSingleton<KnowledgeExporter>();
        services.AddKnowledgeSearch();
        services.AddPurchaseLookup();
        services.AddKnowledgeReader();
        services.AddHostedService<DemoKnowledgeImport>();
        return services;
    }

    private sealed class ModuleMarker;
}
