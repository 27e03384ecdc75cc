namespace AfterSalesBot.Bot.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    /// <summary>The self-hosted Direct Line 3.0 server: tokens, history, live stream and CORS for Web Chat.</summary>
    public static IHostApplicationBuilder AddSelfHostedDirectLine(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.TokenLifetime > TimeSpan.Zero, "DirectLine:TokenLifetime must be longer than zero.")
            .Validate(o => o.StreamUrlLifetime > TimeSpan.Zero, "DirectLine:StreamUrlLifetime must be longer than zero.")
            .Validate(o => o.HeartbeatInterval > TimeSpan.Zero, "DirectLine:HeartbeatInterval must be longer than zero.")
            .Validate(o => o.ResumeWindow >= TimeSpan.Zero, "DirectLine:ResumeWindow must be zero or longer.")
            .ValidateOnStart();
        builder.Services.AddSingleton<SigningKeyStore>();
        builder.Services.AddSingleton<DirectLineTokens>();
        builder.Services.AddSingleton<DirectLineStore>();
        builder.Services.AddSingleton<DirectLineHub>();
        builder.Services.AddSingleton<DirectLineConversations>();
        builder.Services.AddSingleton<DirectLineIntake>();
        // Tokens travel in the Authorization header, never in cookies, so any origin may embed the chat.
        builder.Services.AddCors(o => o.AddPolicy(DirectLineEndpoints.CorsPolicy, p => p
            .AllowAnyOrigin()
            .WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent", "x-requested-with")
            .WithMethods("GET", "POST")));
        return builder;
    }
}
