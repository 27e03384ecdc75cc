using System.Net;
using AfterSalesBot.Bot.Conversations.Understanding;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using ChatMessageContent = Microsoft.SemanticKernel.ChatMessageContent;
using ChatTokenUsage = OpenAI.Chat.ChatTokenUsage;

namespace AfterSalesBot.Bot.Language;

/// <summary>
/// Every call to the model goes through here: inside the turn's budget, logged (messages only, never headers or the
/// key), metered, and never throwing. A timeout, a 429, a 5xx or anything else gives null, and the caller uses the
/// rules or the template; the customer is told nothing about it.
/// </summary>
public sealed partial class ModelCalls(Kernel kernel, IOptions<LanguageOptions> options, LanguageMeter meter, ILogger<ModelCalls> logger)
{
    public Kernel Kernel => kernel;

    /// <summary>The assistant's final text, or null when there is none in time.</summary>
    /// <param name="withTools">A kernel holding the functions the model may call (tool calls are answered
    /// automatically, inside the same budget); null for none.</param>
    public async Task<string?> CompleteAsync(string purpose, ChatHistory history, OpenAIPromptExecutionSettings settings, Kernel? withTools,
        ModelTurn turn, CancellationToken ct)
    {
        if (turn.Spent)
        {
            meter.Call(purpose, "skipped");
            return null;
        }
        settings.MaxTokens ??= options.Value.MaxOutputTokens;
        if (options.Value.LogRequests)
            foreach (var message in history)
                LogMessage(purpose, turn.ConversationId, message.Role.Label, message.Content ?? "");
        var before = history.Count;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, turn.Budget);
        try
        {
            var reply = await kernel.GetRequiredService<IChatCompletionService>()
                .GetChatMessageContentAsync(history, settings, withTools ?? kernel, linked.Token);
            // With tools, the rounds before the answer were added to the history; each carries its own usage.
            Meter(purpose, turn, history.Skip(before).Append(reply));
            meter.Call(purpose, "ok");
            return reply.Content;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            Fallback(purpose, turn, "timeout", null);
        }
        catch (HttpOperationException ex) when (ex.StatusCode == HttpStatusCode.TooManyRequests)
        {
            Fallback(purpose, turn, "throttled", ex.Message);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && ex is not OutOfMemoryException)
        {
            // Anything else (5xx, refused connection, a reply the client cannot read) is the same to the customer.
            Fallback(purpose, turn, turn.Spent ? "timeout" : "failed", ex.GetType().Name + ": " + ex.Message);
        }
        return null;
    }

    /// <summary>The caller found the reply unusable (bad JSON, an answer without citations…).</summary>
    public void Rejected(string purpose, ModelTurn turn, string why)
    {
        meter.Call(purpose, "malformed");
        LogRejected(purpose, turn.ConversationId, why);
    }

    private void Meter(string purpose, ModelTurn turn, IEnumerable<ChatMessageContent> replies)
    {
        foreach (var reply in replies)
        {
            if (reply.Role != AuthorRole.Assistant || reply.Metadata?.GetValueOrDefault("Usage") is not ChatTokenUsage usage) continue;
            turn.AddUsage(usage.InputTokenCount, usage.OutputTokenCount);
            meter.Tokens(purpose, usage.InputTokenCount, usage.OutputTokenCount);
        }
        LogUsage(purpose, turn.ConversationId, turn.InputTokens, turn.OutputTokens);
    }

    private void Fallback(string purpose, ModelTurn turn, string outcome, string? detail)
    {
        meter.Call(purpose, outcome);
        LogFallback(purpose, turn.ConversationId, outcome, detail ?? "");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Model request {Purpose} for {ConversationId}: {Role}: {Content}")]
    private partial void LogMessage(string purpose, string conversationId, string role, string content);

    [LoggerMessage(Level = LogLevel.Information, Message = "Model usage {Purpose} for {ConversationId}: this turn {InputTokens} in, {OutputTokens} out")]
    private partial void LogUsage(string purpose, string conversationId, int inputTokens, int outputTokens);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model {Purpose} for {ConversationId} fell back to the rules ({Outcome}) {Detail}")]
    private partial void LogFallback(string purpose, string conversationId, string outcome, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model reply for {Purpose} in {ConversationId} not used: {Why}")]
    private partial void LogRejected(string purpose, string conversationId, string why);
}
