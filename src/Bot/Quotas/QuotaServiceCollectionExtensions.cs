namespace AfterSalesBot.Bot.Quotas;

public static class QuotaServiceCollectionExtensions
{
    /// <summary>Per-conversation limits (section "Quotas", validated at start), shared by every channel's intake.</summary>
    public static IHostApplicationBuilder AddConversationQuotas(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConversationQuotaOptions>()
            .BindConfiguration(ConversationQuotaOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ConversationQuotas>();
        return builder;
    }
}
