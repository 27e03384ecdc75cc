using AfterSalesBot.Knowledge.Coverage;

namespace AfterSalesBot.Tests.Knowledge.Coverage;

/// <summary>The warranty calendar at its boundaries: day 364/365/366, 29 February, leap years, time zones, splits, extensions.</summary>
public sealed class WarrantyPeriodTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    public static TheoryData<DateOnly, DateOnly, Verdict, DateOnly, int> Boundaries => new()
    {
        { D(2025, 3, 1), D(2026, 2, 28), Verdict.Covered, D(2026, 3, 1), 1 },      // day 364
        { D(2025, 3, 1), D(2026, 3, 1), Verdict.Covered, D(2026, 3, 1), 0 },       // day 365: the expiry date is still covered
        { D(2025, 3, 1), D(2026, 3, 2), Verdict.NotCovered, D(2026, 3, 1), -1 },   // day 366
        { D(2024, 2, 29), D(2025, 2, 28), Verdict.Covered, D(2025, 2, 28), 0 },    // 29 Feb + 12 months = 28 Feb
        { D(2024, 2, 29), D(2025, 3, 1), Verdict.NotCovered, D(2025, 2, 28), -1 },
        { D(2023, 3, 1), D(2024, 2, 29), Verdict.Covered, D(2024, 3, 1), 1 },      // claim on a leap day
        { D(2023, 3, 1), D(2024, 3, 1), Verdict.Covered, D(2024, 3, 1), 0 },       // day 366 of a leap year, still covered
    };

    [Theory, MemberData(nameof(Boundaries))]
    public void CountsTwelveMonthsInTheCustomersCalendar(DateOnly sale, DateOnly claim, Verdict verdict, DateOnly expiry, int daysRemaining)
    {
        var decision = new CoverageRequestBuilder().SoldOn(sale).ClaimOn(claim).Decide();

        Assert.Equal(verdict, decision.Verdict);
        Assert.Equal(sale, decision.SaleDate);
        Assert.Equal(expiry, decision.PartsExpiry);
        Assert.Equal(daysRemaining, decision.DaysRemaining);
        Assert.NotNull(decision.Reason(verdict == Verdict.Covered ? ReasonCodes.InWarranty : ReasonCodes.Expired));
    }

    public static TheoryData<string, Verdict> SameInstant => new()
    {
        { "UTC+08", Verdict.NotCovered }, // already 2026-03-02 in Shanghai: day 366
        { "UTC-10", Verdict.Covered },    // still 2026-03-01 in UTC−10: day 365
    };

    [Theory, MemberData(nameof(SameInstant))]
    public void DecidesOnTheCustomersLocalDate(string zone, Verdict verdict)
    {
        var instant = new DateTimeOffset(2026, 3, 1, 18, 0, 0, TimeSpan.Zero);
        var tz = zone == "UTC+08" ? Build.Shanghai : Build.MinusTen;

        var decision = new CoverageRequestBuilder().At(instant, tz).Decide();

        Assert.Equal(verdict, decision.Verdict);
    }

    public static TheoryData<int, int, DateOnly, Verdict, decimal, string?> Splits => new()
    {
        { 24, 12, D(2025, 6, 1), Verdict.Covered, 0m, null },
        { 24, 12, D(2026, 6, 1), Verdict.CoveredWithFee, 110m, ReasonCodes.LabourExpired }, // labour 80 + city visit 30
        { 12, 24, D(2026, 6, 1), Verdict.CoveredWithFee, 120m, ReasonCodes.PartsExpired },  // the valve at list price
        { 24, 12, D(2027, 3, 2), Verdict.NotCovered, 230m, ReasonCodes.Expired },           // 80 + 120 + 30
    };

    [Theory, MemberData(nameof(Splits))]
    public void CostsPartsAndLabourByTheirOwnExpiry(int partsMonths, int labourMonths, DateOnly claim, Verdict verdict, decimal cost, string? reason)
    {
        var decision = new CoverageRequestBuilder().Months(partsMonths, labourMonths).ClaimOn(claim)
            .Facts(f => f with { PartCode = "VALVE" }).Decide();

        Assert.Equal(verdict, decision.Verdict);
        Assert.Equal(D(2025, 3, 1).AddMonths(partsMonths), decision.PartsExpiry);
        Assert.Equal(D(2025, 3, 1).AddMonths(labourMonths), decision.LabourExpiry);
        Assert.Equal(cost, decision.Remedies.Single(r => r.Kind is RemedyKind.FreeRepair or RemedyKind.PaidRepair or RemedyKind.PartReplacement).CostToCustomer);
        if (reason is not null) Assert.NotNull(decision.Reason(reason));
        Assert.Contains("2027-03-01", decision.Reasons[0].Text); // both expiries are stated when they differ
    }

    [Theory]
    [InlineData("2026-06-01", Verdict.Covered)]
    [InlineData("2027-03-01", Verdict.Covered)]
    [InlineData("2027-03-02", Verdict.NotCovered)]
    public void CoversThroughTheExtension(string claim, Verdict verdict)
    {
        var decision = new CoverageRequestBuilder().Extended(12).ClaimOn(DateOnly.Parse(claim, System.Globalization.CultureInfo.InvariantCulture)).Decide();

        Assert.Equal(verdict, decision.Verdict);
        Assert.Equal(D(2027, 3, 1), decision.PartsExpiry);
        Assert.Contains("12 months, to 2027-03-01", decision.Reason(ReasonCodes.Extended)!.Text);
    }
}
