using AfterSalesBot.Knowledge.Catalog;
using AfterSalesBot.Knowledge.Records;

namespace AfterSalesBot.KnowledgeBench.Corpus;

/// <summary>Purchase records with serials in each model's style, and repair records spread over them (about 3 per unit).</summary>
public static class SyntheticRecords
{
    private static readonly string[] Zones = ["CITY", "COUNTY", "REMOTE"];
    private static readonly string[] Faults = ["LEAK", "NO_IGNITION", "NOISE", "PAPER_JAM", "NO_HEAT", "ACTIVATION", "ERROR_CODE"];
    private static readonly string[] Outcomes = ["REPAIRED", "PART_REPLACED", "UNIT_REPLACED", "REFUNDED", "NO_FAULT_FOUND"];
    private static readonly DateOnly FirstSale = new(2022, 1, 1);

    public static PurchaseRecord[] Purchases(int count, IReadOnlyList<Product> products, int seed)
    {
        var random = new Random(seed + 2);
        var purchases = new PurchaseRecord[count];
        for (var i = 0; i < count; i++)
        {
            var product = products[random.Next(products.Count)];
            purchases[i] = new PurchaseRecord
            {
                Serial = Serial(product, i),
                Model = product.Model,
                OrderNumber = $"SO-{i:D8}",
                SaleDate = FirstSale.AddDays(random.Next(4 * 365)),
                Dealer = $"DEALER-{random.Next(200):D3}",
                CustomerRef = $"C-{random.Next(1_000_000):D7}",
                Zone = Zones[random.Next(Zones.Length)],
                ExtendedMonths = random.Next(10) == 0 ? 12 : 0,
            };
        }

        return purchases;
    }

    public static RepairRecord[] Repairs(int count, PurchaseRecord[] purchases, int seed)
    {
        var random = new Random(seed + 3);
        var repairs = new RepairRecord[count];
        for (var i = 0; i < count; i++)
        {
            var unit = purchases[random.Next(purchases.Length)];
            repairs[i] = new RepairRecord
            {
                Id = $"RP-{i:D8}",
                Serial = unit.Serial,
                Date = unit.SaleDate.AddDays(random.Next(1, 900)),
                FaultCode = Faults[random.Next(Faults.Length)],
                Outcome = Outcomes[random.Next(Outcomes.Length)],
                UnderWarranty = random.Next(4) != 0,
            };
        }

        return repairs;
    }

    /// <summary>A unique serial starting with the model's letters, e.g. JZTQ5 → "JZTQ5" + 8 digits.</summary>
    public static string Serial(Product product, int i) =>
        new string([.. product.Model.Where(char.IsLetterOrDigit)]) + i.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
}
