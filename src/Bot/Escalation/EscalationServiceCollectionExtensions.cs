using AfterSalesBot.Bot.FollowUps;
using AfterSalesBot.Escalation;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.FollowUps;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AfterSalesBot.Bot.Escalation;

public static class EscalationServiceCollectionExtensions
{
    /// <summary>The Escalation module (it binds and validates its own options and runs its own timers) and the bot's side
    /// of it: reaching a customer's conversation, speaking follow-ups as bot turns, counting SLA passes in the telemetry.
    /// The desk's database is registered with the bot's storage (same database, its own tables and migrations).</summary>
    public static IHostApplicationBuilder AddEscalation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddEscalationModule(builder.Configuration);
        builder.Services.AddCustomerConversations();
        builder.Services.TryAddSingleton<IFollowUpSender, FollowUpSender>();
        builder.Services.AddSingleton<ISlaPassObserver, SlaTelemetry>();
        return builder;
    }
}
