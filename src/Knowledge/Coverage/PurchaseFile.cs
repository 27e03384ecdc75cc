using System.Globalization;
using AfterSalesBot.Knowledge.Catalog;
using AfterSalesBot.Knowledge.Policies;
using AfterSalesBot.Knowledge.Records;

namespace AfterSalesBot.Knowledge.Coverage;

/// <summary>A purchase with everything a coverage decision needs about it.</summary>
public sealed record PurchaseFile(
    PurchaseRecord Purchase,
    Product Product,
    ProductLine Line,
    WarrantyPolicy Policy,
    FeeSchedule Fees,
    ServiceLevel ServiceLevel,
    IReadOnlyList<RepairRecord> History)
{
    public CoverageRequest ToRequest(GatheredFacts facts, DateTimeOffset now, TimeZoneInfo customerTimeZone, CultureInfo language) =>
        new(Product, Line, Policy, Fees, ServiceLevel, Purchase, History, facts, now, customerTimeZone, language);
}

/// <summary>Either the purchase found, or why not.</summary>
public sealed record PurchaseLookupResult(PurchaseFile? File, ValidationProblem? Failure)
{
    public bool Found => File is not null;

    public static PurchaseLookupResult Of(PurchaseFile file) => new(file, null);

    public static PurchaseLookupResult Fail(ValidationProblem failure) => new(null, failure);
}
