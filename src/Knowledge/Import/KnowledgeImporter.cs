using AfterSalesBot.Knowledge.Data;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Knowledge.Import;

/// <summary>
/// Imports documents all-or-nothing: validates every file against itself and the database, then upserts every
/// record by its natural key in one transaction. Identical records are left alone, so importing the same data
/// again reports 0 changes.
/// </summary>
public sealed class KnowledgeImporter(IDbContextFactory<KnowledgeDbContext> factory, IEnumerable<IKnowledgeChangeListener> listeners)
{
    public async Task<ImportResult> ImportAsync(IReadOnlyList<(string File, KnowledgeDocument Doc)> files, ImportOptions options, CancellationToken ct)
    {
        var documents = options.RebaseDatesTo is { } to
            ? files.Select(f => (f.File, DateRebase.Apply(f.Doc, to))).ToList()
            : files;

        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var errors = KnowledgeValidator.Validate(documents, await ExistingKnowledge.LoadAsync(db, ct));
        if (errors.Count > 0) return ImportResult.Failed(errors);

        var docs = documents.Select(d => d.Doc).ToList();
        var upsert = new SectionUpsert(db);
        SectionCounts[] sections =
        [
            await upsert.RunAsync(KnowledgeSections.Zones, docs.SelectMany(d => d.Zones), z => z.Code, ct),
            await upsert.RunAsync(KnowledgeSections.Policies, docs.SelectMany(d => d.Policies), p => p.Code, ct),
            await upsert.RunAsync(KnowledgeSections.FeeSchedules, docs.SelectMany(d => d.FeeSchedules), f => f.Code, ct),
            await upsert.RunAsync(KnowledgeSections.ServiceLevels, docs.SelectMany(d => d.ServiceLevels), s => s.Code, ct),
            await upsert.RunAsync(KnowledgeSections.ProductLines, docs.SelectMany(d => d.ProductLines), l => l.Code, ct),
            await upsert.RunAsync(KnowledgeSections.Products, docs.SelectMany(d => d.Products), p => p.Model, ct),
            await upsert.RunAsync(KnowledgeSections.Purchases, docs.SelectMany(d => d.Purchases), p => p.Serial, ct),
            await upsert.RunAsync(KnowledgeSections.Repairs, docs.SelectMany(d => d.Repairs), r => r.Id, ct),
            await upsert.RunAsync(KnowledgeSections.Articles, docs.SelectMany(d => d.Articles), a => a.Code, ct),
        ];

        if (options.DryRun)
        {
            await transaction.RollbackAsync(ct);
            return ImportResult.Completed(sections, dryRun: true);
        }
        await transaction.CommitAsync(ct);
        var result = ImportResult.Completed(sections, dryRun: false);
        if (result.Changes > 0)
            foreach (var listener in listeners) listener.OnKnowledgeChanged();
        return result;
    }
}
