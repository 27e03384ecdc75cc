using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Knowledge;
using AfterSalesBot.Knowledge.Data;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Conversations.Complaints;

/// <summary>The product names the interpreter recognises, from the knowledge store; reloaded after imports.</summary>
public sealed class CatalogNames(IDbContextFactory<KnowledgeDbContext> factory) : IKnowledgeChangeListener
{
    private volatile Catalog? _catalog;

    public async Task<IReadOnlyList<ProductName>> GetAsync(CancellationToken ct) => (await LoadAsync(ct)).Names;

    /// <summary>The product's name in the customer's language, or null for an unknown model.</summary>
    public async Task<string?> DisplayNameAsync(string model, string language, CancellationToken ct) =>
        (await LoadAsync(ct)).Display.TryGetValue(model, out var names) ? (language == "zh" ? names.Zh : names.En) : null;

    public void OnKnowledgeChanged() => _catalog = null;

    private async Task<Catalog> LoadAsync(CancellationToken ct)
    {
        if (_catalog is { } cached) return cached;
        await using var db = factory.CreateDbContext();
        var products = await db.Products.AsNoTracking().ToListAsync(ct);
        var catalog = new Catalog(
            [.. products.Select(p => new ProductName(p.Model, p.LineCode, [p.Model, p.NameEn, p.NameZh, .. p.Aliases]))],
            products.ToDictionary(p => p.Model, p => (p.NameEn, p.NameZh), StringComparer.OrdinalIgnoreCase));
        _catalog = catalog;
        return catalog;
    }

    private sealed record Catalog(IReadOnlyList<ProductName> Names, IReadOnlyDictionary<string, (string En, string Zh)> Display);
}
