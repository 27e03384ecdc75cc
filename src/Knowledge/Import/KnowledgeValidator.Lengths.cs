namespace AfterSalesBot.Knowledge.Import;

public static partial class KnowledgeValidator
{
    /// <summary>Every string that goes into a length-limited column fits it (see <see cref="ColumnLimits"/>).</summary>
    private static void CheckLengths(ValidationRun run, string file, KnowledgeDocument doc)
    {
        Lengths(run, file, KnowledgeSections.Zones, doc.Zones, z => z.Code);
        Lengths(run, file, KnowledgeSections.ProductLines, doc.ProductLines, l => l.Code);
        Lengths(run, file, KnowledgeSections.Products, doc.Products, p => p.Model);
        Lengths(run, file, KnowledgeSections.Policies, doc.Policies, p => p.Code);
        Lengths(run, file, KnowledgeSections.FeeSchedules, doc.FeeSchedules, f => f.Code);
        Lengths(run, file, KnowledgeSections.ServiceLevels, doc.ServiceLevels, s => s.Code);
        Lengths(run, file, KnowledgeSections.Purchases, doc.Purchases, p => p.Serial);
        Lengths(run, file, KnowledgeSections.Repairs, doc.Repairs, r => r.Id);
        Lengths(run, file, KnowledgeSections.Articles, doc.Articles, a => a.Code);
    }

    private static void Lengths<T>(ValidationRun run, string file, string section, List<T> items, Func<T, string?> key) where T : class
    {
        var limits = ColumnLimits.For(typeof(T));
        Each(run, file, section, items, key, (item, record) =>
        {
            foreach (var limit in limits)
                if (limit.Read(item) is { } value && value.Length > limit.MaxLength && !HasError(run, record, limit.Field))
                    record.Fail(limit.Field, $"longer than {limit.MaxLength} characters");
        });
    }

    // A field a sharper rule already rejected (a currency that is not ISO 4217) is reported once.
    private static bool HasError(ValidationRun run, RecordCheck record, string field) =>
        run.Errors.Any(e => e.File == record.File && e.Record == record.Record && e.Field == field);
}
