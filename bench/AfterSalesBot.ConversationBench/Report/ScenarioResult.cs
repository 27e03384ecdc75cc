using AfterSalesBot.ConversationBench.Customer;
using AfterSalesBot.ConversationBench.Scoring;

namespace AfterSalesBot.ConversationBench.Report;

/// <summary>One scenario played and scored. Right means every expected fact came out as expected.</summary>
public sealed record ScenarioResult(string Name, string Language, ConversationRecord Conversation, IReadOnlyList<FactCheck> Facts)
{
    public bool Right => Facts.All(f => f.Right);

    public bool DeadEnd => Conversation.DeadEnd is not null;
}
