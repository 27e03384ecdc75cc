using AfterSalesBot.Knowledge.Coverage;

namespace AfterSalesBot.Tests.Knowledge.Coverage;

/// <summary>Same fault repaired RepairsBeforeReplacement times under warranty → replacement or refund, granted by staff.</summary>
public sealed class RepeatFailureTests
{
    public static TheoryData<string, int, bool> Histories => new()
    {
        { "none", 0, false },
        { "same fault once", 1, false },
        { "same fault twice", 2, true },
        { "same fault three times", 3, true },
    };

    [Theory, MemberData(nameof(Histories))]
    public void OffersReplacementOrRefundAfterRepeatedRepairs(string history, int repairs, bool due)
    {
        var decision = new CoverageRequestBuilder()
            .Repairs([.. Enumerable.Range(1, repairs).Select(i => Build.Repair("NO_IGNITION", daysAfterSale: 20 * i))]).Decide();

        Assert.True(due == (decision.Reason(ReasonCodes.RepeatFailure) is not null), history);
        var swaps = decision.Remedies.Where(r => r.Kind is RemedyKind.Refund or RemedyKind.Replacement).ToList();
        Assert.Equal(due ? 2 : 0, swaps.Count);
        Assert.All(swaps, r => Assert.Equal((Authority.Bot, 0m), (r.GrantedBy, r.CostToCustomer)));
    }

    public static TheoryData<string, RepairRecordFactory> NotCounted => new()
    {
        { "another fault", () => Build.Repair("LEAK") },
        { "paid, out of warranty", () => Build.Repair("NO_IGNITION", underWarranty: false) },
        { "no fault found", () => Build.Repair("NO_IGNITION", outcome: "NO_FAULT_FOUND") },
    };

    public delegate AfterSalesBot.Knowledge.Records.RepairRecord RepairRecordFactory();

    [Theory, MemberData(nameof(NotCounted))]
    public void CountsOnlyWarrantyRepairsOfTheSameFault(string history, RepairRecordFactory repair)
    {
        var decision = new CoverageRequestBuilder().Repairs(repair(), repair(), repair()).Decide();

        Assert.True(decision.Reason(ReasonCodes.RepeatFailure) is null, history);
        Assert.Equal(RemedyKind.FreeRepair, decision.Remedies.Single().Kind);
    }

    [Fact]
    public void StartsCountingAgainAfterTheUnitWasReplaced()
    {
        var decision = new CoverageRequestBuilder().Repairs(
            Build.Repair("NO_IGNITION", daysAfterSale: 10), Build.Repair("NO_IGNITION", daysAfterSale: 20),
            Build.Repair("NO_IGNITION", "UNIT_REPLACED", daysAfterSale: 30), Build.Repair("NO_IGNITION", daysAfterSale: 60)).Decide();

        Assert.Null(decision.Reason(ReasonCodes.RepeatFailure));
    }

    [Fact]
    public void TakesTheThresholdFromThePolicy()
    {
        var decision = new CoverageRequestBuilder().Policy(p => p.RepairsBeforeReplacement = 3)
            .Repairs(Build.Repair("NO_IGNITION", daysAfterSale: 10), Build.Repair("NO_IGNITION", daysAfterSale: 20)).Decide();

        Assert.Null(decision.Reason(ReasonCodes.RepeatFailure));
    }
}
