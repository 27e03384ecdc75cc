using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Complaints;
using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Bot.Language.Plugins;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Knowledge.Search;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace AfterSalesBot.Bot.Language.Words;

/// <summary>
/// The model writes the restatement, the case summary and answers from articles. Each text is checked (length,
/// language, citations) and dropped when it fails; the conversation then uses its template. The facts the model is
/// given come from the conversation's state, never from an earlier model reply.
/// </summary>
public sealed partial class ModelWording(ModelCalls model, KnowledgeSearch search, ICaseDesk desk, IOptions<LanguageOptions> options)
    : IComplaintWording
{
    public async Task<string?> RestateAsync(RestatementFacts facts, ModelTurn turn, CancellationToken ct)
    {
        var history = new ChatHistory(WordingPrompts.Restate(facts.Language));
        var given = new StringBuilder();
        if (facts.Product is { } product) given.AppendLine("Product: " + product);
        if (facts.Symptoms.Count > 0) given.AppendLine("Problem: " + string.Join("; ", facts.Symptoms));
        if (facts.Since is { } since) given.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Since: {since:yyyy-MM-dd}"));
        given.AppendLine("The customer's words:");
        foreach (var said in facts.Heard) given.AppendLine("- " + Masked(said));
        history.AddUserMessage(given.ToString());
        var text = Tidy(await model.CompleteAsync("restate", history, Settings(), null, turn, ct));
        if (text is null) return null;
        if (text.Length is < 8 or > 400 || !InLanguage(text, facts.Language) || Promises(text))
        {
            model.Rejected("restate", turn, "restatement too long, too short, in the wrong language or promising something");
            return null;
        }
        return text;
    }

    public async Task<string?> SummariseAsync(CaseSheet sheet, string language, ModelTurn turn, CancellationToken ct)
    {
        var history = new ChatHistory(WordingPrompts.Summarise(language));
        // The sheet without contact details: the agent sees those on the sheet itself.
        history.AddUserMessage(JsonSerializer.Serialize(new
        {
            sheet.ProductName, sheet.Model, sheet.SaleDate, Problem = Masked(sheet.Problem ?? ""), sheet.Symptoms, sheet.StartedOn,
            sheet.Circumstances, sheet.Wants, sheet.Demand, sheet.CoverageVerdict, Reasons = sheet.CoverageReasons.Select(r => r.Text),
            Offered = sheet.RemediesOffered.Select(r => r.Description), Refused = sheet.RemediesRefused.Select(r => r.Description), sheet.Anger, sheet.Urgent,
        }));
        var text = Tidy(await model.CompleteAsync("summarise", history, Settings(), null, turn, ct));
        if (text is null) return null;
        if (text.Length is < 8 or > 1200)
        {
            model.Rejected("summarise", turn, "summary too long or too short");
            return null;
        }
        return text;
    }

    public async Task<ComposedAnswer?> AnswerAsync(WarrantyQuestion question, ModelTurn turn, CancellationToken ct)
    {
        var knowledge = new KnowledgeTools(search, question.Language, question.Model);
        var tools = model.Kernel.Clone();
        tools.Plugins.AddFromObject(knowledge, "knowledge");
        tools.Plugins.AddFromObject(new CaseStatusTools(desk, turn.ConversationId), "cases");

        var history = new ChatHistory(WordingPrompts.Answer(question.Language));
        var articles = new StringBuilder("Articles:\n");
        foreach (var article in question.Articles.Select(a => ArticleExcerpt.From(a, question.Language)))
            articles.AppendLine(CultureInfo.InvariantCulture, $"[{article.Code}] {article.Title}: {article.Text}");
        history.AddSystemMessage(articles.ToString());
        history.AddUserMessage(Masked(question.Text));
        var settings = Settings();
        settings.FunctionChoiceBehavior = FunctionChoiceBehavior.Auto();
        var text = Tidy(await model.CompleteAsync("answer", history, settings, tools, turn, ct));
        if (text is null || text.Contains(WordingPrompts.NoAnswer, StringComparison.Ordinal)) return null;

        var retrieved = question.Articles.Concat(knowledge.Returned).GroupBy(a => a.Code, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var cited = Citation().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (cited.Count == 0 || cited.Any(c => !retrieved.ContainsKey(c)) || text.Length > 1200 || !InLanguage(text, question.Language))
        {
            model.Rejected("answer", turn, cited.Count == 0 ? "answer cites no article" : "answer cites an article it was not given, or is too long");
            return null;
        }
        return new ComposedAnswer(text, [.. cited.Select(c => retrieved[c])]);
    }

    /// <summary>A restatement repeats the problem; one that approves, grants or promises is not shown (an injected model's
    /// "your refund has been approved"), even though nothing would act on it.</summary>
    private static bool Promises(string text) =>
        PromiseWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] PromiseWords =
        ["approv", "grant", "guarantee", "promise", "refunded", "compensat", "批准", "同意", "保证", "承诺", "赔偿", "已为您"];

    private OpenAIPromptExecutionSettings Settings() => new() { Temperature = 0.2 };

    private string Masked(string text) => options.Value.MaskContacts ? ContactMasking.Mask(text) : text;

    private static string? Tidy(string? text) =>
        text is null ? null : Whitespace().Replace(text.Trim().Trim('"', '“', '”'), " ");

    private static bool InLanguage(string text, string language)
    {
        var chinese = text.Count(c => c is >= '\u4e00' and <= '\u9fff');
        return language == "zh" ? chinese > 0 : chinese * 4 < text.Length;
    }

    [GeneratedRegex(@"\[([A-Za-z0-9][A-Za-z0-9_.\-]*)\]")]
    private static partial Regex Citation();

    [GeneratedRegex(@"[ \t\r\n]+")]
    private static partial Regex Whitespace();
}
