using AfterSalesBot.Knowledge.Coverage;

namespace AfterSalesBot.Tests.Knowledge.Coverage;

/// <summary>Goodwill up to the cap is the bot's; above it and any extension are a supervisor's (DOMAIN.md §6–7).</summary>
public sealed class GoodwillTests
{
    public static TheoryData<decimal?, (decimal Cost, Authority By)[]> Credits => new()
    {
        { null, [(-100m, Authority.Bot)] },
        { 50m, [(-50m, Authority.Bot)] },
        { 100m, [(-100m, Authority.Bot)] },
        { 150m, [(-100m, Authority.Bot), (-150m, Authority.Supervisor)] },
    };

    [Theory, MemberData(nameof(Credits))]
    public void GrantsGoodwillUpToTheCapAndEscalatesTheRest(decimal? asked, (decimal Cost, Authority By)[] expected)
    {
        var decision = new CoverageRequestBuilder().Facts(f => f with { Wish = CustomerWish.Compensation, CompensationAsked = asked }).Decide();

        Assert.Equal(expected, decision.Remedies.Where(r => r.Kind == RemedyKind.Goodwill).Select(r => (r.CostToCustomer, r.GrantedBy)));
        Assert.Equal(RemedyKind.Goodwill, decision.Remedies[0].Kind); // what the customer asked for comes first
    }

    public static TheoryData<decimal, (decimal Cost, Authority By)[]> Discounts => new()
    {
        { 50m, [(60m, Authority.Bot)] },                                  // 110 quote − 50
        { 200m, [(10m, Authority.Bot), (0m, Authority.Supervisor)] },     // cap 100; the whole quote needs a supervisor
    };

    [Theory, MemberData(nameof(Discounts))]
    public void DiscountsAPaidRepair(decimal asked, (decimal Cost, Authority By)[] expected)
    {
        var decision = new CoverageRequestBuilder().DaysAfterSale(400)
            .Facts(f => f with { Wish = CustomerWish.Compensation, CompensationAsked = asked }).Decide();

        Assert.Equal(Verdict.NotCovered, decision.Verdict);
        Assert.Equal(expected, decision.Remedies.Where(r => r.Kind == RemedyKind.Discount).Select(r => (r.CostToCustomer, r.GrantedBy)));
    }

    [Fact]
    public void TakesTheCapFromThePolicy()
    {
        var decision = new CoverageRequestBuilder().Policy(p => p.GoodwillCap = 20m)
            .Facts(f => f with { Wish = CustomerWish.Compensation, CompensationAsked = 50m }).Decide();

        Assert.Equal([(-20m, Authority.Bot), (-50m, Authority.Supervisor)],
            decision.Remedies.Where(r => r.Kind == RemedyKind.Goodwill).Select(r => (r.CostToCustomer, r.GrantedBy)));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(400)]
    public void LeavesAnExtensionToASupervisor(int days)
    {
        var decision = new CoverageRequestBuilder().DaysAfterSale(days).Facts(f => f with { ExtensionAsked = true }).Decide();

        var extension = decision.Remedies.Single(r => r.Kind == RemedyKind.WarrantyExtension);
        Assert.Equal(Authority.Supervisor, extension.GrantedBy);
        Assert.Contains("12 months", extension.Description);
        Assert.NotNull(decision.Reason(ReasonCodes.ExtensionAsked));
    }

    [Fact]
    public void OffersAReplacementBeyondPolicyOnlyWithASupervisor()
    {
        var decision = new CoverageRequestBuilder().DaysAfterSale(100).Facts(f => f with { Wish = CustomerWish.Replacement }).Decide();

        Assert.Equal((RemedyKind.Replacement, Authority.Supervisor), (decision.Remedies[0].Kind, decision.Remedies[0].GrantedBy));
        Assert.Equal((RemedyKind.FreeRepair, Authority.Bot), (decision.Remedies[1].Kind, decision.Remedies[1].GrantedBy));
    }
}
