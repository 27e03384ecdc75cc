using AfterSalesBot.Knowledge.Data;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Knowledge.Import;

/// <summary>What an imported record may refer to that is already in the database.</summary>
public sealed record ExistingKnowledge(
    IReadOnlySet<string> Zones,
    IReadOnlySet<string> ProductLines,
    IReadOnlySet<string> Policies,
    IReadOnlySet<string> FeeSchedules,
    IReadOnlySet<string> ServiceLevels,
    IReadOnlyDictionary<string, ProductFacts> Products,
    IReadOnlyDictionary<string, DateOnly> PurchaseSaleDates)
{
    public static ExistingKnowledge Empty { get; } = new(
        new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>(),
        new Dictionary<string, ProductFacts>(), new Dictionary<string, DateOnly>());

    public static async Task<ExistingKnowledge> LoadAsync(KnowledgeDbContext db, CancellationToken ct) => new(
        (await db.Zones.Select(z => z.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal),
        (await db.ProductLines.Select(l => l.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal),
        (await db.Policies.Select(p => p.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal),
        (await db.FeeSchedules.Select(f => f.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal),
        (await db.ServiceLevels.Select(s => s.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal),
        await db.Products.ToDictionaryAsync(p => p.Model, p => new ProductFacts(p.SerialPattern, p.LaunchDate), StringComparer.Ordinal, ct),
        await db.Purchases.ToDictionaryAsync(p => p.Serial, p => p.SaleDate, StringComparer.Ordinal, ct));
}

/// <summary>What a purchase is checked against: its model's serial format and launch date.</summary>
public sealed record ProductFacts(string SerialPattern, DateOnly LaunchDate);
