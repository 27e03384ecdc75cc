using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Knowledge;

namespace AfterSalesBot.Bot.Conversations.Complaints;

/// <summary>The product names the interpreter recognises, read through Knowledge's <see cref="KnowledgeReader"/> (never
/// its tables); reloaded after imports.</summary>
public sealed class CatalogNames(KnowledgeReader knowledge) : IKnowledgeChangeListener
{
    private volatile Catalog? _catalog;

    public async Task<IReadOnlyList<ProductName>> GetAsync(CancellationToken ct) => (await LoadAsync(ct)).Names;

    /// <summary>The product's name in the customer's language, or null for an unknown model.</summary>
    public async Task<string?> DisplayNameAsync(string model, string language, CancellationToken ct) =>
        (await LoadAsync(ct)).Display.TryGetValue(model, out var names) ? (language == "zh" ? names.Zh : names.En) : null;

    /// <summary>The model's product line (KITCHEN, OFFICE, …), or null for an unknown model.</summary>
    public async Task<string?> LineOfAsync(string model, CancellationToken ct) =>
        (await LoadAsync(ct)).Names.FirstOrDefault(p => string.Equals(p.Model, model, StringComparison.OrdinalIgnoreCase))?.LineCode;

    /// <summary>How the model's serial looks and where it is found, in the customer's language; null when unknown.</summary>
    public async Task<string?> SerialFormatAsync(string model, string language, CancellationToken ct) =>
        (await LoadAsync(ct)).Serials.TryGetValue(model, out var format) && (language == "zh" ? format.Zh : format.En) is { Length: > 0 } text ? text : null;

    /// <summary>The model's warranty months (parts, labour), or null for an unknown model.</summary>
    public async Task<(int Parts, int Labour)?> WarrantyMonthsAsync(string model, CancellationToken ct) =>
        (await LoadAsync(ct)).Months.TryGetValue(model, out var months) ? months : null;

    /// <summary>A serial read out in pieces ("呃 R H 16 2607 1136", "DC4525 2610 709 on the sticker") when the pieces joined
    /// match a product's serial pattern exactly; null when none does (<see cref="SerialPieces"/>).</summary>
    public async Task<string?> SerialInPiecesAsync(string text, CancellationToken ct) =>
        SerialPieces.Find(text, (await LoadAsync(ct)).Patterns);

    /// <summary>An article's whole text in the language, for answers (questions are rare: read on demand).</summary>
    public Task<string?> ArticleBodyAsync(string code, string language, CancellationToken ct) =>
        knowledge.ArticleBodyAsync(code, language, ct);

    public void OnKnowledgeChanged() => _catalog = null;

    private async Task<Catalog> LoadAsync(CancellationToken ct)
    {
        if (_catalog is { } cached) return cached;
        var products = await knowledge.ProductNamesAsync(ct);
        var catalog = new Catalog(
            [.. products.Select(p => new ProductName(p.Model, p.LineCode, [p.Model, p.NameEn, p.NameZh, .. p.Aliases]))],
            products.ToDictionary(p => p.Model, p => (p.NameEn, p.NameZh), StringComparer.OrdinalIgnoreCase),
            products.ToDictionary(p => p.Model, p => (p.PartsWarrantyMonths, p.LabourWarrantyMonths), StringComparer.OrdinalIgnoreCase),
            products.ToDictionary(p => p.Model, p => (p.SerialFormatEn, p.SerialFormatZh), StringComparer.OrdinalIgnoreCase),
            [.. products.Select(p => SerialPieces.Compile(p.SerialPattern)).OfType<System.Text.RegularExpressions.Regex>()]);
        _catalog = catalog;
        return catalog;
    }

    private sealed record Catalog(IReadOnlyList<ProductName> Names, IReadOnlyDictionary<string, (string En, string Zh)> Display,
        IReadOnlyDictionary<string, (int Parts, int Labour)> Months, IReadOnlyDictionary<string, (string En, string Zh)> Serials,
        IReadOnlyList<System.Text.RegularExpressions.Regex> Patterns);
}
