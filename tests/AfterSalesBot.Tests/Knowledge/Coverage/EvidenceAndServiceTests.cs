using AfterSalesBot.Knowledge.Coverage;

namespace AfterSalesBot.Tests.Knowledge.Coverage;

/// <summary>Missing evidence is named only where it matters; promised times and fees follow the customer's zone.</summary>
public sealed class EvidenceAndServiceTests
{
    public static TheoryData<string, int, Func<GatheredFacts, GatheredFacts>, EvidenceKind[]> Evidence => new()
    {
        { "mid-warranty repair", 100, f => f, [] },
        { "10 days before expiry", 355, f => f, [EvidenceKind.Invoice] },
        { "10 days before expiry, invoice shown", 355, f => f with { Evidence = new HashSet<EvidenceKind> { EvidenceKind.Invoice } }, [] },
        { "10 days after expiry", 375, f => f, [EvidenceKind.Invoice] },
        { "error code symptom without the code", 100, f => f with { FaultCode = "ERROR_CODE" }, [EvidenceKind.ErrorCode] },
        { "error code given", 100, f => f with { FaultCode = "ERROR_CODE", ErrorCode = "E3" }, [] },
        { "refund in the return window", 3, f => f, [EvidenceKind.Invoice, EvidenceKind.Serial] },
    };

    [Theory, MemberData(nameof(Evidence))]
    public void NamesTheEvidenceStillMissing(string situation, int days, Func<GatheredFacts, GatheredFacts> change, EvidenceKind[] missing)
    {
        var decision = new CoverageRequestBuilder().DaysAfterSale(days).Facts(change).Decide();

        Assert.True(missing.SequenceEqual(decision.MissingEvidence), $"{situation}: {string.Join(",", decision.MissingEvidence)}");
    }

    public static TheoryData<string, string?, int, decimal> Zones => new()
    {
        { "CITY", null, 24, 110m },
        { "COUNTY", null, 48, 140m },
        { "CITY", "COUNTY", 48, 140m }, // the customer has moved: the facts' location wins
    };

    [Theory, MemberData(nameof(Zones))]
    public void PromisesTheZonesOnSiteTimeAndFee(string purchaseZone, string? factsZone, int hours, decimal outOfWarrantyCost)
    {
        var inWarranty = new CoverageRequestBuilder().Zone(purchaseZone).Facts(f => f with { ZoneCode = factsZone }).Decide();
        var expired = new CoverageRequestBuilder().Zone(purchaseZone).DaysAfterSale(400).Facts(f => f with { ZoneCode = factsZone }).Decide();

        Assert.Equal((RemedyKind.FreeRepair, 0m, hours), (inWarranty.Remedies[0].Kind, inWarranty.Remedies[0].CostToCustomer, inWarranty.Remedies[0].ServiceHours));
        Assert.Equal((RemedyKind.PaidRepair, outOfWarrantyCost, hours), (expired.Remedies[0].Kind, expired.Remedies[0].CostToCustomer, expired.Remedies[0].ServiceHours));
    }

    [Theory]
    [InlineData(100, 0)]
    [InlineData(400, 200)]
    public void OffersRemoteSupportWhereTheLineHasIt(int days, decimal cost)
    {
        var decision = new CoverageRequestBuilder().ServiceLevel(s => s.RemoteSupportHours = 8).DaysAfterSale(days)
            .Facts(f => f with { Wish = CustomerWish.ApologyOnly }).Decide();

        var remote = decision.Remedies.Single(r => r.Kind == RemedyKind.RemoteSupport);
        Assert.Equal((cost, 8, Authority.Bot), (remote.CostToCustomer, remote.ServiceHours, remote.GrantedBy));
        Assert.Equal(RemedyKind.RemoteSupport, decision.Remedies[1].Kind); // after the apology, before the visit
    }
}
