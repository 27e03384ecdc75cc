using System.Globalization;
using AfterSalesBot.Knowledge.Catalog;
using AfterSalesBot.Knowledge.Coverage;
using AfterSalesBot.Knowledge.Policies;
using AfterSalesBot.Knowledge.Records;

namespace AfterSalesBot.Tests.Knowledge.Coverage;

/// <summary>A claim on the stove sold 2025-03-01, by default made at noon Shanghai time <c>days</c> after the sale.</summary>
internal sealed class CoverageRequestBuilder
{
    public static readonly DateOnly DefaultSale = new(2025, 3, 1);

    private readonly Product _product = Build.Stove();
    private readonly WarrantyPolicy _policy = Build.Policy();
    private readonly FeeSchedule _fees = Build.Fees();
    private readonly ServiceLevel _level = Build.ServiceLevel();
    private readonly List<RepairRecord> _history = [];
    private PurchaseRecord _purchase = Build.Purchase(DefaultSale);
    private GatheredFacts _facts = Build.Facts();
    private DateTimeOffset _now = Noon(DefaultSale.AddDays(100));
    private TimeZoneInfo _zone = Build.Shanghai;
    private CultureInfo _language = Build.English;

    public static DateTimeOffset Noon(DateOnly date) => new(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8));

    public CoverageRequestBuilder SoldOn(DateOnly sale) { _purchase.SaleDate = sale; return this; }
    public CoverageRequestBuilder ClaimOn(DateOnly date) { _now = Noon(date); return this; }
    public CoverageRequestBuilder DaysAfterSale(int days) => ClaimOn(_purchase.SaleDate.AddDays(days));
    public CoverageRequestBuilder At(DateTimeOffset now, TimeZoneInfo zone) { _now = now; _zone = zone; return this; }
    public CoverageRequestBuilder Months(int parts, int labour) { _product.PartsWarrantyMonths = parts; _product.LabourWarrantyMonths = labour; return this; }
    public CoverageRequestBuilder Extended(int months) { _purchase.ExtendedMonths = months; return this; }
    public CoverageRequestBuilder Zone(string zone) { _purchase.Zone = zone; return this; }
    public CoverageRequestBuilder Chinese() { _language = Build.Chinese; return this; }
    public CoverageRequestBuilder Facts(Func<GatheredFacts, GatheredFacts> change) { _facts = change(_facts); return this; }
    public CoverageRequestBuilder Circumstances(Func<Circumstances, Circumstances> change) { _facts = _facts with { Circumstances = change(_facts.Circumstances) }; return this; }
    public CoverageRequestBuilder Policy(Action<WarrantyPolicy> change) { change(_policy); return this; }
    public CoverageRequestBuilder ServiceLevel(Action<ServiceLevel> change) { change(_level); return this; }
    public CoverageRequestBuilder Repairs(params RepairRecord[] repairs) { _history.AddRange(repairs); return this; }

    public CoverageRequest Request() =>
        new(_product, Build.Kitchen(), _policy, _fees, _level, _purchase, _history, _facts, _now, _zone, _language);

    public CoverageDecision Decide() => CoverageDecider.Decide(Request());
}
