using AfterSalesBot.Knowledge.Coverage;

namespace AfterSalesBot.Tests.Knowledge.Coverage;

/// <summary>The 三包 windows (DOMAIN.md §7): return within ReturnDays, exchange within ExchangeDays, then free repair.</summary>
public sealed class RemedyWindowTests
{
    private const RemedyKind Refund = RemedyKind.Refund, Replace = RemedyKind.Replacement, Repair = RemedyKind.FreeRepair;

    public static TheoryData<int, RemedyKind[], string> Days => new()
    {
        { 0, [Repair, Refund, Replace], ReasonCodes.ReturnWindow },
        { 6, [Repair, Refund, Replace], ReasonCodes.ReturnWindow },
        { 7, [Repair, Refund, Replace], ReasonCodes.ReturnWindow },
        { 8, [Repair, Replace], ReasonCodes.ExchangeWindow },
        { 14, [Repair, Replace], ReasonCodes.ExchangeWindow },
        { 15, [Repair, Replace], ReasonCodes.ExchangeWindow },
        { 16, [Repair], ReasonCodes.InWarranty },
    };

    [Theory, MemberData(nameof(Days))]
    public void OffersWhatTheWindowAllows(int days, RemedyKind[] kinds, string reason)
    {
        var decision = new CoverageRequestBuilder().DaysAfterSale(days).Decide();

        Assert.Equal(Verdict.Covered, decision.Verdict);
        Assert.Equal(kinds, decision.Remedies.Select(r => r.Kind)); // repair first: the customer asked for a repair
        Assert.All(decision.Remedies, r => Assert.Equal(Authority.Bot, r.GrantedBy));
        Assert.All(decision.Remedies, r => Assert.Equal(0m, r.CostToCustomer));
        Assert.NotNull(decision.Reason(reason));
    }

    [Theory]
    [InlineData(3, new[] { Refund, Replace, Repair })]
    [InlineData(4, new[] { Replace, Repair })]
    [InlineData(10, new[] { Replace, Repair })]
    [InlineData(11, new[] { Repair })]
    public void TakesTheWindowsFromThePolicy(int days, RemedyKind[] kinds)
    {
        var decision = new CoverageRequestBuilder().Policy(p => { p.ReturnDays = 3; p.ExchangeDays = 10; })
            .Facts(f => f with { Wish = CustomerWish.Refund }).DaysAfterSale(days).Decide();

        Assert.Equal(kinds, decision.Remedies.Where(r => r.GrantedBy == Authority.Bot).Select(r => r.Kind).OrderBy(k => k));
    }

    [Fact]
    public void LeavesARefundToStaffUntilAPerformanceFaultIsConfirmed()
    {
        var decision = new CoverageRequestBuilder().DaysAfterSale(3).Facts(f => f with { IsPerformanceFault = null, Wish = CustomerWish.Refund }).Decide();

        Assert.Equal(Verdict.Covered, decision.Verdict);
        Assert.Equal(RemedyKind.Refund, decision.Remedies[0].Kind);
        Assert.Equal(Authority.Staff, decision.Remedies[0].GrantedBy);
        Assert.Equal(48, decision.Remedies[0].ServiceHours);
        Assert.Contains("once a performance fault is confirmed", decision.Reason(ReasonCodes.ReturnWindow)!.Text);
    }

    [Fact]
    public void PutsTheApologyFirstWhenThatIsAllTheCustomerWants()
    {
        var decision = new CoverageRequestBuilder().Facts(f => f with { Wish = CustomerWish.ApologyOnly }).Decide();

        Assert.Equal(RemedyKind.ApologyAndThanks, decision.Remedies[0].Kind);
        Assert.Equal("Our sincere apology, and thank you for telling us.", decision.Remedies[0].Description);
        Assert.Contains(decision.Remedies, r => r.Kind == RemedyKind.FreeRepair);
    }
}
