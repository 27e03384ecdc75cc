using AfterSalesBot.Bot.Conversations.Understanding;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Language;

/// <summary>Starts each turn's share of the model: the configured budget when a model is configured, else none.</summary>
public sealed class ModelTurns(IOptions<LanguageOptions> options, TimeProvider clock)
{
    public ModelTurn Begin(string conversationId) =>
        options.Value.Enabled
            ? ModelTurn.Budgeted(conversationId, options.Value.TurnBudget, clock)
            : ModelTurn.Unbudgeted(conversationId);
}
