namespace AfterSalesBot.Bot.Conversations.Understanding;

/// <summary>
/// What the conversation awaits each message: an <see cref="Interpretation"/>, possibly helped by a language model
/// within the turn's budget. Without a model it is the rule-based interpreter, unchanged.
/// </summary>
public interface IUnderstanding
{
    Task<Interpretation> UnderstandAsync(string text, InterpretationContext context, ModelTurn turn, CancellationToken ct);
}

/// <summary>The default: the synchronous interpreter (rule-based unless another is registered), no model.</summary>
public sealed class InterpreterUnderstanding(IUtteranceInterpreter interpreter) : IUnderstanding
{
    public Task<Interpretation> UnderstandAsync(string text, InterpretationContext context, ModelTurn turn, CancellationToken ct) =>
        Task.FromResult(interpreter.Interpret(text, context));
}
