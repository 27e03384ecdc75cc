using AfterSalesBot.Knowledge.Coverage;

namespace AfterSalesBot.Tests.Knowledge.Coverage;

/// <summary>The customer reads the policy's own clause, dates and money in their language.</summary>
public sealed class LanguageTests
{
    [Fact]
    public void CitesTheClauseInEnglish()
    {
        var decision = new CoverageRequestBuilder().Circumstances(c => c with { Modification = true })
            .Facts(f => f with { IsPerformanceFault = null }).Decide();

        Assert.Equal("Clause MODIFICATION (en).", decision.Reason(ReasonCodes.Modification)!.Text);
        Assert.Equal("Bought on 2025-03-01; covered until 2026-03-01 (265 days remaining).", decision.Reason(ReasonCodes.InWarranty)!.Text);
        Assert.Equal("Repair for ¥110.00: labour ¥80.00, parts at list price, visit ¥30.00.", decision.Remedies.Single().Description);
    }

    [Fact]
    public void CitesTheClauseInChinese()
    {
        var decision = new CoverageRequestBuilder().Chinese().Circumstances(c => c with { Modification = true })
            .Facts(f => f with { IsPerformanceFault = null }).Decide();

        Assert.Equal("条款 MODIFICATION（中文）。", decision.Reason(ReasonCodes.Modification)!.Text);
        Assert.Equal("购买日期 2025年3月1日；保修至 2026年3月1日（还剩 265 天）。", decision.Reason(ReasonCodes.InWarranty)!.Text);
        Assert.Equal("维修费用 110.00 元：人工 80.00 元，配件 按标准价格，上门 30.00 元。", decision.Remedies.Single().Description);
    }

    [Fact]
    public void StatesHowLongAgoTheWarrantyEndedInChinese()
    {
        var decision = new CoverageRequestBuilder().Chinese().ClaimOn(new DateOnly(2026, 3, 11)).Decide();

        Assert.Equal("购买日期 2025年3月1日；保修已于 2026年3月1日 到期，已过 10 天。", decision.Reason(ReasonCodes.Expired)!.Text);
    }
}
