using AfterSalesBot.Bot.Conversations.Complaints;
using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Bot.Language.Understanding;
using AfterSalesBot.Bot.Language.Words;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace AfterSalesBot.Bot.Language;

public static class LanguageServiceCollectionExtensions
{
    public const string HttpClientName = "Language";

    /// <summary>
    /// The optional language model (section "Language"). With Provider None (the default) nothing changes: the
    /// complaint flow keeps the rule-based interpreter and its templates. Otherwise a Semantic Kernel chat
    /// completion service for the provider, the model-assisted understanding and the model's wording.
    /// Settings also come from ASB_-prefixed environment variables (ASB_Language__Provider…) and the key from
    /// OPENAI_API_KEY / AZURE_OPENAI_API_KEY.
    /// </summary>
    public static IHostApplicationBuilder AddLanguageModel(this IHostApplicationBuilder builder)
    {
        builder.Configuration.AddEnvironmentVariables("ASB_");
        var services = builder.Services;
        services.AddOptions<LanguageOptions>().BindConfiguration(LanguageOptions.Section)
            .PostConfigure<IConfiguration>(KeyFromEnvironment)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ModelTurns>();
        if (builder.Configuration.GetValue(LanguageOptions.Section + ":" + nameof(LanguageOptions.Provider), LanguageProvider.None) == LanguageProvider.None)
            return builder;

        services.AddMetrics();
        services.TryAddSingleton<LanguageMeter>();
        services.AddHttpClient(HttpClientName)
            .AddHttpMessageHandler(sp => Route(sp.GetRequiredService<IOptions<LanguageOptions>>().Value));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<LanguageOptions>>().Value;
            var kernel = Kernel.CreateBuilder();
            kernel.Services.AddSingleton(sp.GetRequiredService<ILoggerFactory>());
            kernel.AddOpenAIChatCompletion(options.ModelName,
                LanguageModelClient.Create(options, sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)));
            return kernel.Build();
        });
        services.AddSingleton<ModelCalls>();
        services.AddSingleton<ModelAssistedUnderstanding>();
        services.RemoveAll<IUnderstanding>();
        services.AddSingleton<IUnderstanding>(sp => sp.GetRequiredService<ModelAssistedUnderstanding>());
        services.RemoveAll<IComplaintWording>();
        services.AddSingleton<IComplaintWording, ModelWording>();
        return builder;
    }

    private static void KeyFromEnvironment(LanguageOptions options, IConfiguration configuration)
    {
        if (options.Provider == LanguageProvider.AzureOpenAI)
        {
            if (options.ApiKey.Length == 0) options.ApiKey = configuration["AZURE_OPENAI_API_KEY"] ?? "";
            if (options.Endpoint.Length == 0) options.Endpoint = configuration["AZURE_OPENAI_ENDPOINT"] ?? "";
        }
        else if (options.Provider == LanguageProvider.OpenAI && options.ApiKey.Length == 0)
        {
            options.ApiKey = configuration["OPENAI_API_KEY"] ?? "";
        }
    }

    private static DelegatingHandler Route(LanguageOptions options) =>
        options.Provider == LanguageProvider.AzureOpenAI ? new AzureDeploymentRoute(options.ApiVersion)
        : options.ApiKey.Length == 0 ? new NoKeyRoute()
        : new PassThrough();

    private sealed class PassThrough : DelegatingHandler;
}
