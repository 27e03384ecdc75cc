using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Bot.Language;
using AfterSalesBot.Bot.Language.Understanding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.InterpreterBench;

/// <summary>
/// The model-assisted interpreter (rules + model, merged) as the host builds it, as a synchronous interpreter the
/// evaluation can run: each utterance is its own turn with its own budget. The endpoint is the one configured in the
/// environment (ASB_Language__Provider…, OPENAI_API_KEY), or <paramref name="replayUrl"/> when given.
/// </summary>
internal sealed class ModelColumn : IUtteranceInterpreter, IDisposable
{
    private readonly IHost _host;
    private readonly ModelAssistedUnderstanding _understanding;
    private readonly ModelTurns _turns;

    private ModelColumn(IHost host)
    {
        _host = host;
        _understanding = host.Services.GetRequiredService<ModelAssistedUnderstanding>();
        _turns = host.Services.GetRequiredService<ModelTurns>();
        Options = host.Services.GetRequiredService<IOptions<LanguageOptions>>().Value;
    }

    public LanguageOptions Options { get; }

    public long Tokens { get; private set; }

    public static LanguageProvider ConfiguredProvider()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddEnvironmentVariables("ASB_").Build();
        return configuration.GetValue("Language:Provider", LanguageProvider.None);
    }

    public static ModelColumn Create(string? replayUrl)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        if (replayUrl is not null)
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Language:Provider"] = "OpenAICompatible",
                ["Language:Endpoint"] = replayUrl,
                ["Language:Model"] = "replay",
                ["Language:ApiKey"] = "replay",
            });
        builder.Services.AddSingleton<IUtteranceInterpreter, RuleBasedInterpreter>();
        builder.AddLanguageModel();
        // AddLanguageModel adds the ASB_ variables on top; the replay must still win over a configured model.
        if (replayUrl is not null)
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Language:Provider"] = "OpenAICompatible", ["Language:Endpoint"] = replayUrl });
        return new ModelColumn(builder.Build());
    }

    public Interpretation Interpret(string text, InterpretationContext context)
    {
        using var turn = _turns.Begin("bench");
        var result = _understanding.UnderstandAsync(text, context, turn, CancellationToken.None).GetAwaiter().GetResult();
        Tokens += turn.Tokens;
        return result;
    }

    public void Dispose() => _host.Dispose();
}
