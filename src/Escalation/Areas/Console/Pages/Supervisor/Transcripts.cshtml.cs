using System.Globalization;
using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Console;
using AfterSalesBot.Escalation.Conversations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace AfterSalesBot.Escalation.Areas.Console.Pages.Supervisor;

/// <summary>
/// Transcript search: the days a conversation started (UTC), channel, product, outcome and words in the text, newest
/// first, a page at a time. Every search is audited with its criteria: the results are customers' words.
/// </summary>
public sealed class TranscriptsModel(ITranscripts transcripts) : ConsolePageModel
{
    public const int PageSize = 25;
    public const int MaxWordsLength = 200;
    public const int MaxProductLength = 100;

    /// <summary>The last result page an address may ask for; larger numbers are taken as this one.</summary>
    public const int MaxPage = 10_000;

    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Channel { get; set; }
    [BindProperty(SupportsGet = true)] public string? Product { get; set; }
    [BindProperty(SupportsGet = true)] public string? Outcome { get; set; }
    [BindProperty(SupportsGet = true)] public string? Words { get; set; }

    /// <summary>The result page, as <c>?p=</c>: Razor Pages keeps <c>page</c> for itself.</summary>
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public TranscriptPage Results { get; private set; } = new([], 0, 1, PageSize);

    public int PageCount => Math.Max(1, (Results.Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Channel = Clean(Channel, 64);
        Product = Clean(Product, MaxProductLength);
        Words = Clean(Words, MaxWordsLength);
        Outcome = TranscriptOutcomes.All.FirstOrDefault(o => string.Equals(o, Outcome?.Trim(), StringComparison.OrdinalIgnoreCase));
        var query = new TranscriptQuery(From, To, Channel, Product, Outcome, Words, Math.Clamp(PageNumber, 1, MaxPage), PageSize);
        Results = await transcripts.SearchAsync(query, ct);
        await AuditAsync(AuditActions.TranscriptSearched, null, Describe(query));
    }

    /// <summary>The criteria as the audit log keeps them, e.g. <c>from=2026-11-01 outcome=Escalated words="noise" page=1</c>.</summary>
    public static string Describe(TranscriptQuery query)
    {
        var parts = new List<string>();
        if (query.From is { } from) parts.Add("from=" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (query.To is { } to) parts.Add("to=" + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (query.Channel is { } channel) parts.Add("channel=" + channel);
        if (query.Product is { } product) parts.Add($"product=\"{product}\"");
        if (query.Outcome is { } outcome) parts.Add("outcome=" + outcome);
        if (query.Words is { } words) parts.Add($"words=\"{words}\"");
        parts.Add(string.Create(CultureInfo.InvariantCulture, $"page={query.Page}"));
        return string.Join(' ', parts);
    }

    /// <summary>This search, on another page.</summary>
    public string PageLink(int page) => "/console/supervisor/transcripts" + QueryString.Create(new Dictionary<string, string?>
    {
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["channel"] = Channel,
        ["product"] = Product,
        ["outcome"] = Outcome,
        ["words"] = Words,
        ["p"] = page.ToString(CultureInfo.InvariantCulture),
    }.Where(kv => kv.Value is not null));

    public static string TranscriptLink(string conversationId) => "/console/supervisor/transcript/" + Uri.EscapeDataString(conversationId);

    private static string? Clean(string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        return value.Length <= max ? value : value[..max];
    }
}
