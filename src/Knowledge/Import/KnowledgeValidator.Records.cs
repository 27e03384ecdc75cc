using AfterSalesBot.Knowledge.Articles;
using AfterSalesBot.Knowledge.Records;

namespace AfterSalesBot.Knowledge.Import;

public static partial class KnowledgeValidator
{
    private static void CheckRecords(ValidationRun run, string file, KnowledgeDocument doc)
    {
        Each(run, file, KnowledgeSections.Purchases, doc.Purchases, p => p.Serial, (p, r) => CheckPurchase(run, p, r));
        Each(run, file, KnowledgeSections.Repairs, doc.Repairs, x => x.Id, (x, r) => CheckRepair(run, x, r));
    }

    private static void CheckPurchase(ValidationRun run, PurchaseRecord purchase, RecordCheck r)
    {
        r.RefersTo(purchase.Zone, run.Zones, "zone", "zone");
        r.Required(purchase.Dealer, "dealer");
        var hasDate = r.Required(purchase.SaleDate, "saleDate");
        r.NotNegative(purchase.ExtendedMonths, "extendedMonths");
        r.NotNegative(purchase.LicencePrice, "licencePrice");
        if (!r.Required(purchase.Model, "model")) return;
        if (!run.Products.TryGetValue(purchase.Model, out var product))
        {
            r.Fail("model", $"refers to unknown product '{purchase.Model}'");
            return;
        }
        if (!string.IsNullOrWhiteSpace(purchase.Serial) && SerialFormat.TryCompile(product.SerialPattern ?? "") is { } format
            && !SerialFormat.Matches(format, purchase.Serial))
            r.Fail("serial", $"'{purchase.Serial}' does not match the serial format of {purchase.Model} ({product.SerialPattern})");
        if (hasDate && product.LaunchDate != default && purchase.SaleDate < product.LaunchDate)
            r.Fail("saleDate", $"{purchase.SaleDate:yyyy-MM-dd} is before {purchase.Model} was launched ({product.LaunchDate:yyyy-MM-dd})");
    }

    private static void CheckRepair(ValidationRun run, RepairRecord repair, RecordCheck r)
    {
        var hasDate = r.Required(repair.Date, "date");
        r.Required(repair.FaultCode, "faultCode");
        r.Required(repair.Outcome, "outcome");
        if (!r.Required(repair.Serial, "serial")) return;
        if (!run.PurchaseSaleDates.TryGetValue(repair.Serial, out var sold))
            r.Fail("serial", $"refers to unknown purchase '{repair.Serial}'");
        else if (hasDate && sold != default && repair.Date < sold)
            r.Fail("date", $"{repair.Date:yyyy-MM-dd} is before the unit was sold ({sold:yyyy-MM-dd})");
    }

    private static void CheckArticles(ValidationRun run, string file, KnowledgeDocument doc) =>
        Each(run, file, KnowledgeSections.Articles, doc.Articles, a => a.Code, (a, r) => CheckArticle(run, a, r));

    private static void CheckArticle(ValidationRun run, Article article, RecordCheck r)
    {
        r.Required(article.TitleEn, "titleEn");
        r.Required(article.TitleZh, "titleZh");
        r.Required(article.BodyEn, "bodyEn");
        r.Required(article.BodyZh, "bodyZh");
        r.NoEmptyEntries(article.Symptoms, "symptoms");
        for (var i = 0; i < article.Products.Count; i++)
        {
            var tag = article.Products[i];
            if (string.IsNullOrWhiteSpace(tag)) r.Fail($"products[{i}]", "must not be empty");
            else if (!run.Products.ContainsKey(tag) && !run.ProductLines.Contains(tag))
                r.Fail($"products[{i}]", $"refers to unknown product or product line '{tag}'");
        }
    }
}
