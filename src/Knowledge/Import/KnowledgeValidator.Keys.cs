namespace AfterSalesBot.Knowledge.Import;

public static partial class KnowledgeValidator
{
    /// <summary>First pass: every natural key, so that references can point forwards and across files.</summary>
    private static void IndexKeys(ValidationRun run, string file, KnowledgeDocument doc)
    {
        Index(run, file, KnowledgeSections.Zones, doc.Zones, z => z.Code, (z, _) => run.Zones.Add(z.Code));
        Index(run, file, KnowledgeSections.ProductLines, doc.ProductLines, l => l.Code, (l, _) => run.ProductLines.Add(l.Code));
        Index(run, file, KnowledgeSections.Policies, doc.Policies, p => p.Code, (p, _) => run.Policies.Add(p.Code));
        Index(run, file, KnowledgeSections.FeeSchedules, doc.FeeSchedules, f => f.Code, (f, _) => run.FeeSchedules.Add(f.Code));
        Index(run, file, KnowledgeSections.ServiceLevels, doc.ServiceLevels, s => s.Code, (s, _) => run.ServiceLevels.Add(s.Code));
        // A product or purchase in the files replaces the stored one, so its new facts are the ones that count.
        Index(run, file, KnowledgeSections.Products, doc.Products, p => p.Model,
            (p, _) => run.Products[p.Model] = new ProductFacts(p.SerialPattern, p.LaunchDate));
        Index(run, file, KnowledgeSections.Purchases, doc.Purchases, p => p.Serial, (p, _) => run.PurchaseSaleDates[p.Serial] = p.SaleDate);
        Index(run, file, KnowledgeSections.Repairs, doc.Repairs, r => r.Id, (_, _) => { });
        Index(run, file, KnowledgeSections.Articles, doc.Articles, a => a.Code, (_, _) => { });
    }

    private static void Index<T>(ValidationRun run, string file, string section, List<T> items, Func<T, string?> key, Action<T, RecordCheck> register)
        where T : class =>
        Each(run, file, section, items, key, (item, record) =>
        {
            if (record.Required(key(item), ValidationRun.KeyField(section)) && run.Claim(record, section, key(item)!))
                register(item, record);
        }, reportNulls: true);
}
