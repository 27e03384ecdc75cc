using AfterSalesBot.Knowledge.Data;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Knowledge.Import;

/// <summary>
/// Upserts one section by natural key inside the caller's transaction. A changed record replaces the stored row
/// (delete, then insert, in the same transaction), which rewrites its JSON columns whole; identical records are
/// not written at all.
/// </summary>
internal sealed class SectionUpsert(KnowledgeDbContext db)
{
    public async Task<SectionCounts> RunAsync<T>(string section, IEnumerable<T> records, Func<T, string> key, CancellationToken ct)
        where T : class
    {
        var incoming = records.ToList();
        var keys = incoming.Select(key).ToList();
        var keyName = db.Model.FindEntityType(typeof(T))!.FindPrimaryKey()!.Properties[0].Name;
        var stored = await db.Set<T>().Where(e => keys.Contains(EF.Property<string>(e, keyName)))
            .ToDictionaryAsync(key, StringComparer.Ordinal, ct);

        var inserted = incoming.Where(r => !stored.ContainsKey(key(r))).ToList();
        var updated = incoming.Where(r => stored.TryGetValue(key(r), out var old) && !KnowledgeJson.SameContent(old, r)).ToList();

        db.Set<T>().RemoveRange(updated.Select(r => stored[key(r)]));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        db.Set<T>().AddRange(inserted.Concat(updated));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return new SectionCounts(section, inserted.Count, updated.Count, incoming.Count - inserted.Count - updated.Count);
    }
}
