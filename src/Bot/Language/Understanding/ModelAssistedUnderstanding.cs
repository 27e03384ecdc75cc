using AfterSalesBot.Bot.Conversations.Understanding;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace AfterSalesBot.Bot.Language.Understanding;

/// <summary>
/// The rules and the model read each message; the result is the rules' reading, gaps filled from the model's
/// (<see cref="InterpretationMerge"/>). When the model is slow, down or talks nonsense, the rules' reading alone.
/// </summary>
public sealed class ModelAssistedUnderstanding(IUtteranceInterpreter rules, ModelCalls model, IOptions<LanguageOptions> options) : IUnderstanding
{
    public const string Purpose = "understand";

    public async Task<Interpretation> UnderstandAsync(string text, InterpretationContext context, ModelTurn turn, CancellationToken ct)
    {
        var ruled = rules.Interpret(text, context);
        if (!AsksModel(ruled, text)) return ruled;
        var reading = await ReadAsync(text, context, turn, ct);
        return InterpretationMerge.Merge(ruled, reading, text, context);
    }

    /// <summary>Nothing to read, or a tap on a button / a bare yes-no / a hazard: the rules are certain and the customer
    /// should not wait.</summary>
    public static bool AsksModel(Interpretation ruled, string text) =>
        !(text.Length == 0 || ruled.Intent is Intent.Yes or Intent.No or Intent.Cancel or Intent.StartOver || ruled.Hazard is not null);

    /// <summary>The customer's text as the model receives it (contacts masked when configured).</summary>
    public string SentText(string text) => options.Value.MaskContacts ? ContactMasking.Mask(text) : text;

    /// <summary>The model's reading alone (the bench compares it with the rules'), or null.</summary>
    public async Task<ModelReading?> ReadAsync(string text, InterpretationContext context, ModelTurn turn, CancellationToken ct)
    {
        var history = new ChatHistory(ReadingPrompt.System(context));
        history.AddUserMessage(SentText(text));
        var settings = new OpenAIPromptExecutionSettings { Temperature = 0, ResponseFormat = ReadingSchema.Format };
        var content = await model.CompleteAsync(Purpose, history, settings, null, turn, ct);
        if (content is null) return null;
        var reading = ModelReading.Parse(content);
        if (reading is null) model.Rejected(Purpose, turn, "not the reading's JSON");
        return reading;
    }
}
