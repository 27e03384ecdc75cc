using System.ClientModel;
using System.ClientModel.Primitives;
using OpenAI;

namespace AfterSalesBot.Bot.Language;

/// <summary>The OpenAI client for the configured provider, over the host's HTTP client.</summary>
internal static class LanguageModelClient
{
    /// <summary>Placeholder credential for servers that need no key; <see cref="NoKeyRoute"/> removes it.</summary>
    public const string NoKey = "no-key";

    public static OpenAIClient Create(LanguageOptions options, HttpClient http)
    {
        var clientOptions = new OpenAIClientOptions
        {
            Transport = new HttpClientPipelineTransport(http),
            // No retries: the turn's budget (4 s by default) leaves no room to honour a Retry-After; the rules answer instead.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = options.TurnBudget,
        };
        if (Endpoint(options) is { } endpoint) clientOptions.Endpoint = endpoint;
        return new OpenAIClient(new ApiKeyCredential(options.ApiKey.Length > 0 ? options.ApiKey : NoKey), clientOptions);
    }

    /// <summary>The base the client appends <c>/chat/completions</c> to; null for api.openai.com.</summary>
    public static Uri? Endpoint(LanguageOptions options)
    {
        var root = options.Endpoint.TrimEnd('/');
        return options.Provider switch
        {
            LanguageProvider.AzureOpenAI => new Uri($"{root}/openai/deployments/{Uri.EscapeDataString(options.Deployment)}"),
            _ when root.Length > 0 => new Uri(root),
            _ => null,
        };
    }
}
