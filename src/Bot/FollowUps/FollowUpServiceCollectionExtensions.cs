using AfterSalesBot.Escalation.FollowUps;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AfterSalesBot.Bot.FollowUps;

public static class FollowUpServiceCollectionExtensions
{
    /// <summary>The follow-up options (section <c>FollowUp</c>), the scheduler with the bot as its sender, and the hosted
    /// service that runs it. Needs the case desk and the customer conversations (<c>AddEscalation</c>).</summary>
    public static IHostApplicationBuilder AddFollowUps(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<FollowUpOptions>().BindConfiguration(FollowUpOptions.Section)
            .PostConfigure<IConfiguration>((options, configuration) => DeprecatedFollowUpAfter.Apply(options, configuration))
            .ValidateDataAnnotations()
            .Validate(o => o.RetryAfter > TimeSpan.Zero && o.ClaimLease > TimeSpan.Zero && o.CheckInterval > TimeSpan.Zero,
                "FollowUp:RetryAfter, ClaimLease and CheckInterval must be positive.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton<IFollowUpSender, FollowUpSender>();
        builder.Services.TryAddSingleton<FollowUpScheduler>();
        builder.Services.AddHostedService<FollowUpService>();
        return builder;
    }
}
