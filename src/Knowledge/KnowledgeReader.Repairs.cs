using AfterSalesBot.Knowledge.Data;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Knowledge;

/// <summary>How many sold units of a model failed again: repaired at least twice, the latest repair in the period.</summary>
public sealed record RepeatFailureCount(string Model, int Units);

public sealed partial class KnowledgeReader
{
    /// <summary>Models with units repaired at least twice, the latest repair on or after <paramref name="fromDay"/> and
    /// every counted repair before <paramref name="toDay"/>; most units first.</summary>
    public async Task<IReadOnlyList<RepeatFailureCount>> RepeatFailuresAsync(DateOnly fromDay, DateOnly toDay, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await RepeatFailures(db, fromDay, toDay).ToListAsync(ct);
    }

    /// <summary>The query of <see cref="RepeatFailuresAsync"/>, one statement both providers translate.</summary>
    public static IQueryable<RepeatFailureCount> RepeatFailures(KnowledgeDbContext db, DateOnly fromDay, DateOnly toDay)
    {
        ArgumentNullException.ThrowIfNull(db);
        var units = db.Repairs.Where(r => r.Date < toDay).GroupBy(r => r.Serial)
            .Where(g => g.Count() >= 2 && g.Max(r => r.Date) >= fromDay)
            .Select(g => g.Key);
        return db.Purchases.Where(p => units.Contains(p.Serial)).GroupBy(p => p.Model)
            .Select(g => new { Model = g.Key, Units = g.Count() })
            .OrderByDescending(m => m.Units).ThenBy(m => m.Model)
            .Select(m => new RepeatFailureCount(m.Model, m.Units));
    }
}
