using AfterSalesBot.Knowledge.Coverage;
using AfterSalesBot.Knowledge.Policies;

namespace AfterSalesBot.Tests.Knowledge.Coverage;

/// <summary>Exclusions (DOMAIN.md §6), consumables and always-paid parts, in warranty (day 100).</summary>
public sealed class ExclusionTests
{
    public static TheoryData<string, ExclusionEffect, Verdict, decimal> Effects()
    {
        var data = new TheoryData<string, ExclusionEffect, Verdict, decimal>();
        foreach (var code in Circumstances.Codes)
        {
            data.Add(code, ExclusionEffect.CostFee, Verdict.CoveredWithFee, 50m);   // the cost fee
            data.Add(code, ExclusionEffect.NotCovered, Verdict.NotCovered, 110m);   // labour 80 + city visit 30
        }
        return data;
    }

    [Theory, MemberData(nameof(Effects))]
    public void AppliesTheExclusionsEffect(string code, ExclusionEffect effect, Verdict verdict, decimal cost)
    {
        var decision = new CoverageRequestBuilder()
            .Policy(p => p.Exclusions.Single(e => e.Code == code).Effect = effect)
            .Circumstances(c => Happened(c, code))
            .Facts(f => f with { IsPerformanceFault = null })
            .Decide();

        Assert.Equal(verdict, decision.Verdict);
        Assert.Equal($"Clause {code} (en).", decision.Reason(code)!.Text);
        var repair = Assert.Single(decision.Remedies);
        Assert.Equal(RemedyKind.PaidRepair, repair.Kind);
        Assert.Equal(cost, repair.CostToCustomer);
        Assert.Equal("CNY", repair.Currency);
    }

    [Fact]
    public void ChargesTheReplacedPartOnTopOfTheCostFee()
    {
        var decision = new CoverageRequestBuilder().Circumstances(c => c with { UserDamage = true })
            .Facts(f => f with { IsPerformanceFault = null, PartCode = "VALVE" }).Decide();

        Assert.Equal(Verdict.CoveredWithFee, decision.Verdict);
        Assert.Equal(170m, decision.Remedies.Single().CostToCustomer);
        Assert.Equal("Repair for ¥170.00: cost fee ¥50.00, parts ¥120.00.", decision.Remedies.Single().Description);
    }

    [Fact]
    public void IgnoresACircumstanceThePolicyDoesNotExclude()
    {
        var decision = new CoverageRequestBuilder().Policy(p => p.Exclusions.RemoveAll(e => e.Code == "VOLTAGE"))
            .Circumstances(c => c with { Voltage = true }).Facts(f => f with { IsPerformanceFault = null }).Decide();

        Assert.Equal(Verdict.Covered, decision.Verdict);
        Assert.Equal(RemedyKind.FreeRepair, decision.Remedies.Single().Kind);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(3)]
    [InlineData(500)]
    public void SellsAConsumableAtItsPrice(int days)
    {
        var decision = new CoverageRequestBuilder().DaysAfterSale(days).Facts(f => f with { PartCode = "FILTER" }).Decide();

        Assert.Equal(Verdict.NotCovered, decision.Verdict);
        Assert.Equal("Clause CONSUMABLE (en).", decision.Reason(ReasonCodes.Consumable)!.Text);
        var part = Assert.Single(decision.Remedies);
        Assert.Equal((RemedyKind.PartReplacement, 25m), (part.Kind, part.CostToCustomer));
    }

    [Fact]
    public void ChargesAnAlwaysPaidPartEvenInWarranty()
    {
        var decision = new CoverageRequestBuilder().Facts(f => f with { PartCode = "IGNITER" }).Decide();

        Assert.Equal(Verdict.CoveredWithFee, decision.Verdict);
        Assert.Equal("igniter is always charged, even under warranty: ¥45.00.", decision.Reason(ReasonCodes.AlwaysPaidPart)!.Text);
        var part = Assert.Single(decision.Remedies);
        Assert.Equal((RemedyKind.PartReplacement, 45m, 24), (part.Kind, part.CostToCustomer, part.ServiceHours));
    }

    [Fact]
    public void RepairsAnOrdinaryPartFreeInWarranty()
    {
        var decision = new CoverageRequestBuilder().Facts(f => f with { PartCode = "VALVE" }).Decide();

        Assert.Equal(Verdict.Covered, decision.Verdict);
        Assert.Equal((RemedyKind.FreeRepair, 0m), (decision.Remedies.Single().Kind, decision.Remedies.Single().CostToCustomer));
    }

    internal static Circumstances Happened(Circumstances c, string code) => code switch
    {
        ReasonCodes.UserDamage => c with { UserDamage = true },
        ReasonCodes.Voltage => c with { Voltage = true },
        ReasonCodes.Modification => c with { Modification = true },
        ReasonCodes.UnauthorisedRepair => c with { UnauthorisedRepair = true },
        ReasonCodes.Disassembly => c with { Disassembly = true },
        _ => c with { ForceMajeure = true },
    };
}
