using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Knowledge.Search;

namespace AfterSalesBot.Bot.Conversations.Complaints;

/// <summary>
/// Words a language model may write for the conversation: the restatement in step two, the case sheet's summary,
/// and answers to free warranty questions from retrieved articles. Every method returns null when there is no
/// model, the turn's budget is spent, or the model's text fails its checks: the conversation then uses its
/// templated texts. Nothing returned here is ever read by a decision (coverage, remedies, approvals, priority).
/// </summary>
public interface IComplaintWording
{
    /// <summary>One or two sentences restating the problem, in the customer's language.</summary>
    Task<string?> RestateAsync(RestatementFacts facts, ModelTurn turn, CancellationToken ct);

    /// <summary>A short summary for the person who takes the case.</summary>
    Task<string?> SummariseAsync(CaseSheet sheet, string language, ModelTurn turn, CancellationToken ct);

    /// <summary>An answer composed only from knowledge articles, citing them; null when they do not answer it.</summary>
    Task<ComposedAnswer?> AnswerAsync(WarrantyQuestion question, ModelTurn turn, CancellationToken ct);
}

/// <param name="Symptoms">The symptom phrases in the customer's language (from the texts, not codes).</param>
public sealed record RestatementFacts(string Language, string? Product, IReadOnlyList<string> Symptoms, DateOnly? Since, IReadOnlyList<string> Heard);

/// <param name="Articles">The articles the search found for the question, best first.</param>
/// <param name="Model">The product the conversation is about, which narrows further searches.</param>
public sealed record WarrantyQuestion(string Text, string Language, string? Model, IReadOnlyList<SearchHit> Articles);

/// <param name="Cited">The articles the answer cites, all of them retrieved for this question.</param>
public sealed record ComposedAnswer(string Text, IReadOnlyList<SearchHit> Cited);

/// <summary>No model: every text is the template's.</summary>
public sealed class TemplatedWording : IComplaintWording
{
    public Task<string?> RestateAsync(RestatementFacts facts, ModelTurn turn, CancellationToken ct) => Task.FromResult<string?>(null);

    public Task<string?> SummariseAsync(CaseSheet sheet, string language, ModelTurn turn, CancellationToken ct) => Task.FromResult<string?>(null);

    public Task<ComposedAnswer?> AnswerAsync(WarrantyQuestion question, ModelTurn turn, CancellationToken ct) => Task.FromResult<ComposedAnswer?>(null);
}
