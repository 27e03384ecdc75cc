using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Escalation.Conversations;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AfterSalesBot.Bot.Escalation;

public static class CustomerConversationsServiceCollectionExtensions
{
    /// <summary>The host's <see cref="ICustomerConversations"/> (agent messages, notices, wakes) over the turn pipeline.</summary>
    public static IServiceCollection AddCustomerConversations(this IServiceCollection services)
    {
        services.TryAddSingleton<ProactiveMessenger>();
        services.TryAddSingleton<ConversationLanguages>();
        services.TryAddSingleton<ICustomerConversations, CustomerConversations>();
        return services;
    }
}
