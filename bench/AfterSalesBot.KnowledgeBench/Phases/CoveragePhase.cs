using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using AfterSalesBot.Knowledge;
using AfterSalesBot.Knowledge.Coverage;
using AfterSalesBot.KnowledgeBench.Corpus;
using AfterSalesBot.KnowledgeBench.Report;

namespace AfterSalesBot.KnowledgeBench.Phases;

/// <summary>
/// Coverage decisions per second over the 100,000 held purchases: each decision takes a purchase and its repair
/// history from the store, the demo catalogue's line, policy, fees and service level, and one of a few fact
/// sheets (plain fault, user damage, consumable, unknown circumstance, goodwill request), alternating languages.
/// </summary>
public static class CoveragePhase
{
    private const string Section = "Coverage";
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static void Run(KnowledgeBenchOptions options, RecordStore store, KnowledgeBenchReport report)
    {
        var demo = Path.Combine(RepoRoot.Find(), LabelledSet.DemoFolder);
        if (!File.Exists(Path.Combine(demo, "policies.json")))
        {
            report.Add(Section, "coverage decisions", null, "/s", "knowledge/demo/policies.json not found");
            return;
        }
        var catalog = Read(Path.Combine(demo, "catalog.json"));
        var policies = Read(Path.Combine(demo, "policies.json"));
        var products = catalog.Products.ToDictionary(p => p.Model);
        var lines = catalog.ProductLines.ToDictionary(l => l.Code);
        var purchases = store.PurchasesBySerial.Values.Where(p => products.ContainsKey(p.Model)).ToArray();
        GatheredFacts[] facts =
        [
            new() { FaultCode = "LEAK", IsPerformanceFault = true, Evidence = new HashSet<EvidenceKind> { EvidenceKind.Invoice } },
            new() { FaultCode = "PHYSICAL_DAMAGE", Circumstances = new Circumstances { UserDamage = true } },
            new() { FaultCode = "PRINT_QUALITY", PartCode = "TONER" },
            new() { FaultCode = "NO_POWER" },
            new() { FaultCode = "NOISE", Wish = CustomerWish.Compensation, CompensationAsked = 300m },
        ];
        CultureInfo[] languages = [CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("zh-Hans")];
        var now = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));

        CoverageRequest RequestFor(int i)
        {
            var purchase = purchases[i % purchases.Length];
            var product = products[purchase.Model];
            var line = lines[product.LineCode];
            return new CoverageRequest(product, line,
                policies.Policies.First(p => p.Code == (product.PolicyCode ?? line.PolicyCode)),
                policies.FeeSchedules.First(f => f.Code == line.FeeScheduleCode),
                policies.ServiceLevels.First(s => s.Code == line.ServiceLevelCode),
                purchase, store.RepairHistory(purchase.Serial), facts[i % facts.Length], now, Shanghai, languages[i % 2]);
        }

        var verdicts = new int[Enum.GetValues<Verdict>().Length];
        for (var i = 0; i < 2_000; i++) CoverageDecider.Decide(RequestFor(i)); // warm-up
        var watch = Stopwatch.StartNew();
        var budget = TimeSpan.FromSeconds(options.LookupSeconds);
        var decided = 0;
        while (decided < options.Purchases && watch.Elapsed < budget)
        {
            verdicts[(int)CoverageDecider.Decide(RequestFor(decided)).Verdict]++;
            decided++;
        }
        watch.Stop();

        report.Add(Section, "coverage decisions", decided / watch.Elapsed.TotalSeconds, "/s",
            $"{decided:N0} decisions over {purchases.Length:N0} purchases, one thread");
        report.Add(Section, "mean decision time", watch.Elapsed.TotalMilliseconds * 1000 / decided, "µs");
        report.Add(Section, "verdicts", decided, "count", string.Join(", ",
            Enum.GetValues<Verdict>().Select(v => $"{v} {verdicts[(int)v]:N0}")));
    }

    private static KnowledgeDocument Read(string path) =>
        JsonSerializer.Deserialize<KnowledgeDocument>(File.ReadAllText(path), KnowledgeDocument.JsonOptions)!;
}
