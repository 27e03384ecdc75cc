using System.ComponentModel.DataAnnotations;
using AfterSalesBot.Escalation.Privacy;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AfterSalesBot.Bot.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>Customer rights (copy, erasure) and the privacy options; the conversation and the console use them. The
    /// cases' side (<c>CasePrivacy</c>) is the Escalation module's.</summary>
    public static IServiceCollection AddCustomerDataRights(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.Retention.ClosedCaseConversations >= o.Retention.InactiveConversations,
                "Privacy:Retention:ClosedCaseConversations must not be shorter than InactiveConversations.")
            .Validate(o => Validator.TryValidateObject(o.Retention, new ValidationContext(o.Retention), null, validateAllProperties: true),
                "A Privacy:Retention period or the batch size is out of range (see RetentionOptions).")
            .Validate(o => o.HasValidPolicyUrl, "Privacy:PolicyUrl must be an absolute http or https address.")
            .ValidateOnStart();
        services.TryAddSingleton<ConversationPrivacy>();
        services.TryAddSingleton<CustomerDataRights>();
        services.TryAddSingleton<ICustomerDataRights>(sp => sp.GetRequiredService<CustomerDataRights>());
        services.TryAddSingleton<RetentionPass>();
        return services;
    }

    /// <summary>The retention job (one per instance; passes are safe to overlap).</summary>
    public static IHostApplicationBuilder AddPrivacy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddCustomerDataRights();
        builder.Services.AddHostedService<RetentionService>();
        return builder;
    }
}
