using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Bot.Language;

/// <summary>Which language model, if any, helps the bot understand and write.</summary>
public enum LanguageProvider
{
    /// <summary>No model: the rule-based interpreter and the templated texts (the default).</summary>
    None,

    /// <summary>api.openai.com (or <see cref="LanguageOptions.Endpoint"/> when set).</summary>
    OpenAI,

    /// <summary>An Azure OpenAI resource: <see cref="LanguageOptions.Endpoint"/>, <see cref="LanguageOptions.Deployment"/>, key.</summary>
    AzureOpenAI,

    /// <summary>Any server speaking the OpenAI chat-completions API at <see cref="LanguageOptions.Endpoint"/>
    /// (Ollama, vLLM, llama.cpp server).</summary>
    OpenAICompatible,
}

/// <summary>
/// Section "Language". The key is never in the repository: it comes from <c>Language:ApiKey</c> in user secrets or
/// the environment (<c>ASB_Language__ApiKey</c>, <c>Language__ApiKey</c>), else from <c>OPENAI_API_KEY</c>
/// (<c>AZURE_OPENAI_API_KEY</c> for Azure).
/// </summary>
public sealed class LanguageOptions : IValidatableObject
{
    public const string Section = "Language";

    /// <summary>Default None: the product works fully without a model.</summary>
    public LanguageProvider Provider { get; set; } = LanguageProvider.None;

    /// <summary>The model name sent with each request (gpt-4o-mini, qwen2.5:7b…). For Azure, the deployment name
    /// is used when this is empty.</summary>
    public string Model { get; set; } = "";

    /// <summary>Base URL: required for OpenAICompatible (e.g. http://localhost:11434/v1) and AzureOpenAI
    /// (https://NAME.openai.azure.com); optional for OpenAI.</summary>
    public string Endpoint { get; set; } = "";

    /// <summary>Azure OpenAI deployment name.</summary>
    public string Deployment { get; set; } = "";

    /// <summary>Azure OpenAI API version. Default 2024-10-21.</summary>
    public string ApiVersion { get; set; } = "2024-10-21";

    /// <summary>Secret: never in appsettings.json. Optional for OpenAICompatible servers that need none.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>Time every model call of one turn shares, after which the rules answer alone. Default 4 s; at most
    /// 10 s, so a turn stays well inside the channel's 15-second limit.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:10")]
    public TimeSpan TurnBudget { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>Replace phone numbers and e-mail addresses with placeholders before text goes to the model. Default true.</summary>
    public bool MaskContacts { get; set; } = true;

    /// <summary>Log each request's messages (never headers or the key) at Information. Default true.</summary>
    public bool LogRequests { get; set; } = true;

    /// <summary>Most tokens one answer may use. Default 500.</summary>
    [Range(16, 8000)]
    public int MaxOutputTokens { get; set; } = 500;

    public bool Enabled => Provider != LanguageProvider.None;

    /// <summary>The model name the requests carry.</summary>
    public string ModelName => Provider == LanguageProvider.AzureOpenAI && Model.Length == 0 ? Deployment : Model;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled) yield break;
        if (ModelName.Length == 0)
            yield return new ValidationResult("Language:Model is required when Language:Provider is set.", [nameof(Model)]);
        if (Provider is LanguageProvider.AzureOpenAI or LanguageProvider.OpenAICompatible && Endpoint.Length == 0)
            yield return new ValidationResult($"Language:Endpoint is required for {Provider}.", [nameof(Endpoint)]);
        if (Endpoint.Length > 0 && !Uri.TryCreate(Endpoint, UriKind.Absolute, out _))
            yield return new ValidationResult("Language:Endpoint must be an absolute URL.", [nameof(Endpoint)]);
        if (Provider == LanguageProvider.AzureOpenAI && Deployment.Length == 0)
            yield return new ValidationResult("Language:Deployment is required for AzureOpenAI.", [nameof(Deployment)]);
        if (Provider is LanguageProvider.OpenAI or LanguageProvider.AzureOpenAI && ApiKey.Length == 0)
            yield return new ValidationResult($"An API key is required for {Provider}: set Language:ApiKey (user secrets or environment) or "
                + (Provider == LanguageProvider.AzureOpenAI ? "AZURE_OPENAI_API_KEY." : "OPENAI_API_KEY."), [nameof(ApiKey)]);
    }
}
