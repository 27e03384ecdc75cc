namespace AfterSalesBot.Knowledge.Import;

/// <summary>An explicit <c>null</c> list in a document means "none", as a missing one does.</summary>
internal static class KnowledgeNormalizer
{
    public static void Normalize(KnowledgeDocument d)
    {
        d.Zones ??= [];
        d.ProductLines ??= [];
        d.Products ??= [];
        d.Policies ??= [];
        d.FeeSchedules ??= [];
        d.ServiceLevels ??= [];
        d.Purchases ??= [];
        d.Repairs ??= [];
        d.Articles ??= [];
        foreach (var z in d.Zones.OfType<Catalog.ServiceZone>()) z.Places ??= [];
        foreach (var p in d.Products.OfType<Catalog.Product>())
        {
            p.Aliases ??= [];
            p.Consumables ??= [];
        }
        foreach (var p in d.Policies.OfType<Policies.WarrantyPolicy>())
        {
            p.Covered ??= [];
            p.Exclusions ??= [];
            p.AlwaysPaidParts ??= [];
        }
        foreach (var f in d.FeeSchedules.OfType<Policies.FeeSchedule>())
        {
            f.Parts ??= [];
            f.OnSiteByZone ??= [];
        }
        foreach (var s in d.ServiceLevels.OfType<Policies.ServiceLevel>()) s.OnSiteByZone ??= [];
        foreach (var a in d.Articles.OfType<Articles.Article>())
        {
            a.Products ??= [];
            a.Symptoms ??= [];
        }
    }
}
