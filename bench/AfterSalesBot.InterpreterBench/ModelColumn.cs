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
public sealed class ModelColumn : IUtteranceInterpreter, IDisposable
{
    private readonly IHost _host;
    private readonly ModelAssistedUnderstanding _understanding;
    private readonly ModelTurns _turns;
    private readonly IUtteranceInterpreter _rules;

    private ModelColumn(IHost host)
    {
        _host = host;
        _understanding = host.Services.GetRequiredService<ModelAssistedUnderstanding>();
        _turns = host.Services.GetRequiredService<ModelTurns>();
        _rules = host.Services.GetRequiredService<IUtteranceInterpreter>();
        Options = host.Services.GetRequiredService<IOptions<LanguageOptions>>().Value;
    }

    public LanguageOptions Options { get; }

    public long Tokens { get; private set; }

    /// <summary>When set, every reading the model gives is recorded here (<c>--record</c>).</summary>
    public ReadingRecorder? Recorder { get; init; }

    public static LanguageProvider ConfiguredProvider()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddEnvironmentVariables("ASB_").Build();
        return configuration.GetValue("Language:Provider", LanguageProvider.None);
    }

    public static ModelColumn Create(string? replayUrl, ReadingRecorder? recorder = null, IReadOnlyDictionary<string, string?>? settings = null)
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
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<IUtteranceInterpreter, RuleBasedInterpreter>();
        builder.AddLanguageModel();
        // AddLanguageModel adds the ASB_ variables on top; the replay must still win over a configured model.
        if (replayUrl is not null)
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Language:Provider"] = "OpenAICompatible", ["Language:Endpoint"] = replayUrl });
        return new ModelColumn(builder.Build()) { Recorder = recorder };
    }

    public Interpretation Interpret(string text, InterpretationContext context)
    {
        using var turn = _turns.Begin("bench");
        Interpretation result;
        if (Recorder is null)
            result = _understanding.UnderstandAsync(text, context, turn, CancellationToken.None).GetAwaiter().GetResult();
        else
        {
            // The same steps as UnderstandAsync, keeping the reading in between.
            var ruled = _rules.Interpret(text, context);
            var reading = ModelAssistedUnderstanding.AsksModel(ruled, text)
                ? _understanding.ReadAsync(text, context, turn, CancellationToken.None).GetAwaiter().GetResult()
                : null;
            if (reading is not null) Recorder.Add(_understanding.SentText(text), reading);
            result = InterpretationMerge.Merge(ruled, reading, text, context);
        }
        Tokens += turn.Tokens;
        return result;
    }

    public void Dispose() => _host.Dispose();
}
