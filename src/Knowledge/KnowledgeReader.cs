using AfterSalesBot.Knowledge.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AfterSalesBot.Knowledge;

/// <summary>One product as other modules read it: its names in both languages and the ones customers use, its line, its
/// warranty months and where its serial is found and how it looks (in words, and as the pattern a serial must match). A copy, never the stored entity.</summary>
public sealed record ProductNames(string Model, string LineCode, string NameEn, string NameZh, IReadOnlyList<string> Aliases,
    int PartsWarrantyMonths, int LabourWarrantyMonths, string SerialFormatEn, string SerialFormatZh, string SerialPattern);

/// <summary>
/// What other modules may read from the knowledge store without its tables or its <see cref="KnowledgeDbContext"/>
/// (the architecture test holds them to it): product names, an article's text, whether the store is empty, and the
/// repair statistics (<c>KnowledgeReader.Repairs.cs</c>).
/// </summary>
public sealed partial class KnowledgeReader(IDbContextFactory<KnowledgeDbContext> factory)
{
    /// <summary>Every product, in the store's order (the order the interpreter has always seen them in).</summary>
    public async Task<IReadOnlyList<ProductNames>> ProductNamesAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var products = await db.Products.AsNoTracking().ToListAsync(ct);
        return [.. products.Select(p => new ProductNames(p.Model, p.LineCode, p.NameEn, p.NameZh, [.. p.Aliases],
            p.PartsWarrantyMonths, p.LabourWarrantyMonths, p.SerialFormatEn, p.SerialFormatZh, p.SerialPattern))];
    }

    /// <summary>Whether the store holds nothing at all (the host imports the demo knowledge only then).</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return !(await db.Zones.AnyAsync(ct) || await db.ProductLines.AnyAsync(ct) || await db.Products.AnyAsync(ct)
            || await db.Policies.AnyAsync(ct) || await db.FeeSchedules.AnyAsync(ct) || await db.ServiceLevels.AnyAsync(ct)
            || await db.Purchases.AnyAsync(ct) || await db.Repairs.AnyAsync(ct) || await db.Articles.AnyAsync(ct));
    }

    /// <summary>An article's whole text in the language ("zh" or else English), or null for an unknown code.</summary>
    public async Task<string?> ArticleBodyAsync(string code, string language, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Code == code, ct);
        return article is null ? null : language == "zh" ? article.BodyZh : article.BodyEn;
    }
}

public static class KnowledgeReaderRegistration
{
    /// <summary>Registers <see cref="KnowledgeReader"/>; needs <c>AddKnowledgeDatabase</c>.</summary>
    public static IServiceCollection AddKnowledgeReader(this IServiceCollection services)
    {
        services.TryAddSingleton<KnowledgeReader>();
        return services;
    }
}
