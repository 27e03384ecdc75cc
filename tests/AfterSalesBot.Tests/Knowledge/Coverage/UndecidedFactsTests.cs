using AfterSalesBot.Knowledge.Coverage;

namespace AfterSalesBot.Tests.Knowledge.Coverage;

/// <summary>When the facts do not decide it, the answer is "needs review" with what is missing, never a guess (DOMAIN.md §3, §6).</summary>
public sealed class UndecidedFactsTests
{
    public static TheoryData<string, string, Func<Circumstances, Circumstances>, Verdict> Cases => new()
    {
        { "dropped? unknown, physical damage", "PHYSICAL_DAMAGE", c => c with { UserDamage = null }, Verdict.NeedsReview },
        { "not dropped, physical damage", "PHYSICAL_DAMAGE", c => c, Verdict.Covered },
        { "surge? unknown, no power", "NO_POWER", c => c with { Voltage = null }, Verdict.NeedsReview },
        { "dropped? unknown, but it will not ignite", "NO_IGNITION", c => c with { UserDamage = null }, Verdict.Covered },
        { "dropped (cost fee), fire? unknown", "PHYSICAL_DAMAGE", c => c with { UserDamage = true, ForceMajeure = null }, Verdict.NeedsReview },
        { "modified (not covered), dropped? unknown", "PHYSICAL_DAMAGE", c => c with { Modification = true, UserDamage = null }, Verdict.NotCovered },
    };

    [Theory, MemberData(nameof(Cases))]
    public void ReviewsOnlyWhenAnUnknownCircumstanceWouldChangeTheAnswer(string situation, string fault, Func<Circumstances, Circumstances> change, Verdict verdict)
    {
        var decision = new CoverageRequestBuilder().Circumstances(change).Facts(f => f with { FaultCode = fault, IsPerformanceFault = null }).Decide();

        Assert.True(verdict == decision.Verdict, $"{situation}: {decision.Verdict}");
        Assert.Equal(verdict == Verdict.NeedsReview, decision.Reason(ReasonCodes.FactsUndecided) is not null);
    }

    [Fact]
    public void AsksWhatItNeedsToKnowAndForAPhoto()
    {
        var decision = new CoverageRequestBuilder().Circumstances(c => c with { UserDamage = null })
            .Facts(f => f with { FaultCode = "PHYSICAL_DAMAGE", IsPerformanceFault = null }).Decide();

        Assert.Contains("Was the product dropped", decision.Reason(ReasonCodes.FactsUndecided)!.Text);
        Assert.Contains(EvidenceKind.Photo, decision.MissingEvidence);
        Assert.Empty(decision.Remedies);
    }

    [Fact]
    public void DoesNotReviewAnExpiredClaim()
    {
        var decision = new CoverageRequestBuilder().DaysAfterSale(400).Circumstances(c => c with { UserDamage = null })
            .Facts(f => f with { FaultCode = "PHYSICAL_DAMAGE" }).Decide();

        Assert.Equal(Verdict.NotCovered, decision.Verdict);
    }

    public static TheoryData<string, Func<GatheredFacts, GatheredFacts>, string> Conflicts => new()
    {
        { "quality fault, yet dropped", f => f with { Circumstances = f.Circumstances with { UserDamage = true } }, "A technician needs to establish the cause" },
        { "started after today", f => f with { StartedOn = new DateOnly(2025, 12, 1) }, "later than today" },
        { "started before the sale", f => f with { StartedOn = new DateOnly(2025, 2, 1) }, "before the sale on 2025-03-01" },
        { "not a quality fault, no known cause", f => f with { IsPerformanceFault = false }, "not yet established that this is a quality fault" },
    };

    [Theory, MemberData(nameof(Conflicts))]
    public void ReviewsConflictingFacts(string situation, Func<GatheredFacts, GatheredFacts> change, string says)
    {
        var decision = new CoverageRequestBuilder().Facts(change).Decide();

        Assert.Equal(Verdict.NeedsReview, decision.Verdict);
        Assert.True(decision.Reason(ReasonCodes.FactsUndecided)!.Text.Contains(says, StringComparison.Ordinal), situation);
    }

    [Fact]
    public void ReviewsAFaultThatStartedInWarrantyButWasReportedAfter()
    {
        var decision = new CoverageRequestBuilder().ClaimOn(new DateOnly(2026, 3, 10))
            .Facts(f => f with { StartedOn = new DateOnly(2026, 2, 20) }).Decide();

        Assert.Equal(Verdict.NeedsReview, decision.Verdict);
        Assert.Contains("started on 2026-02-20, within the warranty (until 2026-03-01)", decision.Reason(ReasonCodes.FactsUndecided)!.Text);
        Assert.Contains(EvidenceKind.Invoice, decision.MissingEvidence);
    }
}
