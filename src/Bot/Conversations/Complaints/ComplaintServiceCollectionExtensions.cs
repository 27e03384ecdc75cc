using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Bot.Language;
using AfterSalesBot.Bot.Privacy;
using AfterSalesBot.Knowledge;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public static class ComplaintServiceCollectionExtensions
{
    /// <summary>
    /// The complaint flow as the bot, with the rule-based interpreter unless another one is registered first.
    /// Needs the knowledge services (purchase lookup, search) and the case desk, which their modules register.
    /// </summary>
    public static IServiceCollection AddComplaintFlow(this IServiceCollection services)
    {
        services.AddOptions<ComplaintOptions>().BindConfiguration(ComplaintOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Complaints:TimeZone is not a time zone this machine knows.")
            .ValidateOnStart();
        services.TryAddSingleton<IUtteranceInterpreter, RuleBasedInterpreter>();
        // Without a language model (Language:Provider None) understanding is the interpreter's and every text a template.
        services.TryAddSingleton<IUnderstanding, InterpreterUnderstanding>();
        services.TryAddSingleton<IComplaintWording, TemplatedWording>();
        services.TryAddSingleton<ModelTurns>();
        services.AddSingleton<InterpreterWarmUp>();
        services.AddHostedService(sp => sp.GetRequiredService<InterpreterWarmUp>());
        services.AddHealthChecks().AddCheck<InterpreterHealthCheck>("interpreter", tags: [Hosting.HostingExtensions.ReadyTag]);
        services.AddKnowledgeReader(); // CatalogNames reads the catalogue through it
        services.AddSingleton<CatalogNames>();
        services.AddSingleton<IKnowledgeChangeListener>(sp => sp.GetRequiredService<CatalogNames>());
        services.AddCustomerDataRights();
        services.AddSingleton<ComplaintServices>();
        services.AddSingleton<IBot, ComplaintBot>();
        return services;
    }
}
