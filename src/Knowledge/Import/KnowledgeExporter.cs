using System.Text.Json;
using AfterSalesBot.Knowledge.Data;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Knowledge.Import;

/// <summary>Writes everything the store holds as one document of the import format, each section sorted by key,
/// without a reference date (the dates are real), so that importing the export changes nothing.</summary>
public sealed class KnowledgeExporter(IDbContextFactory<KnowledgeDbContext> factory)
{
    public async Task<KnowledgeDocument> ExportAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return new KnowledgeDocument
        {
            Zones = Sorted(await db.Zones.AsNoTracking().ToListAsync(ct), z => z.Code),
            ProductLines = Sorted(await db.ProductLines.AsNoTracking().ToListAsync(ct), l => l.Code),
            Products = Sorted(await db.Products.AsNoTracking().ToListAsync(ct), p => p.Model),
            Policies = Sorted(await db.Policies.AsNoTracking().ToListAsync(ct), p => p.Code),
            FeeSchedules = Sorted(await db.FeeSchedules.AsNoTracking().ToListAsync(ct), f => f.Code),
            ServiceLevels = Sorted(await db.ServiceLevels.AsNoTracking().ToListAsync(ct), s => s.Code),
            Purchases = Sorted(await db.Purchases.AsNoTracking().ToListAsync(ct), p => p.Serial),
            Repairs = Sorted(await db.Repairs.AsNoTracking().ToListAsync(ct), r => r.Id),
            Articles = Sorted(await db.Articles.AsNoTracking().ToListAsync(ct), a => a.Code),
        };
    }

    public async Task<KnowledgeDocument> ExportAsync(Stream destination, CancellationToken ct)
    {
        var document = await ExportAsync(ct);
        await JsonSerializer.SerializeAsync(destination, document, KnowledgeDocument.JsonOptions, ct);
        return document;
    }

    // Ordinal, so the order does not depend on the database's collation.
    private static List<T> Sorted<T>(List<T> rows, Func<T, string> key) => [.. rows.OrderBy(key, StringComparer.Ordinal)];
}
