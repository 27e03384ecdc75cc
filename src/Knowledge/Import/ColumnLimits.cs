using System.Text.Json;
using AfterSalesBot.Knowledge.Data;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Knowledge.Import;

/// <summary>
/// The maximum length of every string column, read from the knowledge model itself so the validator can never
/// drift from <see cref="KnowledgeDbContext"/>'s configurations. Without it an over-long field fails on SQL Server
/// inside the import transaction with a truncation error that names no record.
/// </summary>
internal static class ColumnLimits
{
    public sealed record Limit(string Field, int MaxLength, Func<object, string?> Read);

    private static readonly Lazy<IReadOnlyDictionary<Type, IReadOnlyList<Limit>>> Limits = new(Build);

    /// <summary>The limited string columns of an entity; JSON columns and primitive collections are not included.</summary>
    public static IReadOnlyList<Limit> For(Type entity) => Limits.Value.TryGetValue(entity, out var limits) ? limits : [];

    private static IReadOnlyDictionary<Type, IReadOnlyList<Limit>> Build()
    {
        // The model only; no connection is opened. Both providers' models carry the same lengths.
        using var db = new SqliteKnowledgeDbContext(new DbContextOptionsBuilder<SqliteKnowledgeDbContext>().UseSqlite("Data Source=:memory:").Options);
        return db.Model.GetEntityTypes().Where(e => !e.IsOwned()).ToDictionary(e => e.ClrType, e => (IReadOnlyList<Limit>)e.GetProperties()
            .Where(p => p.ClrType == typeof(string) && p.PropertyInfo is not null && p.GetMaxLength() is not null)
            .Select(p => new Limit(JsonNamingPolicy.CamelCase.ConvertName(p.Name), p.GetMaxLength()!.Value, o => (string?)p.PropertyInfo!.GetValue(o)))
            .ToList());
    }
}
