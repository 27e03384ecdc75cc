using AfterSalesBot.Escalation.Approvals;
using AfterSalesBot.Escalation.Cases;

namespace AfterSalesBot.Tests.Escalation;

public sealed class RemedyAuthorityTests
{
    private const decimal Cap = 200m;

    private static SheetRemedy Remedy(string kind, decimal cost, string grantedBy = RemedyAuthority.Staff) =>
        new(kind, cost, "CNY", grantedBy, kind);

    [Theory]
    [InlineData("Replacement", 0, RemedyAuthority.Supervisor)]
    [InlineData("Refund", 2499, "supervisor")]
    [InlineData("WarrantyExtension", 0, RemedyAuthority.Staff)]
    [InlineData("WarrantyExtension", 0, RemedyAuthority.Bot)]
    [InlineData("Goodwill", 200.01, RemedyAuthority.Staff)]
    [InlineData("Discount", 500, RemedyAuthority.Staff)]
    [InlineData("Goodwill", -300, RemedyAuthority.Staff)]
    public void NeedsASupervisor(string kind, decimal cost, string grantedBy) =>
        Assert.True(RemedyAuthority.NeedsSupervisor(Remedy(kind, cost, grantedBy), Cap));

    [Theory]
    [InlineData("Goodwill", 200, RemedyAuthority.Staff)]
    [InlineData("Discount", 199.99, RemedyAuthority.Staff)]
    [InlineData("FreeRepair", 0, RemedyAuthority.Staff)]
    [InlineData("PaidRepair", 5000, RemedyAuthority.Bot)]
    [InlineData("Replacement", 0, RemedyAuthority.Staff)]
    public void StaffMayGrantItThemselves(string kind, decimal cost, string grantedBy) =>
        Assert.False(RemedyAuthority.NeedsSupervisor(Remedy(kind, cost, grantedBy), Cap));

    [Fact]
    public void TheCapDecidesForTheSameGoodwill()
    {
        var goodwill = Remedy("Goodwill", 150m);

        Assert.False(RemedyAuthority.NeedsSupervisor(goodwill, 150m));
        Assert.True(RemedyAuthority.NeedsSupervisor(goodwill, 100m));
    }
}
