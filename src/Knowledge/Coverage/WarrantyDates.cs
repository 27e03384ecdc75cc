namespace AfterSalesBot.Knowledge.Coverage;

/// <summary>
/// The warranty calendar of one claim, in the customer's local dates.
/// </summary>
/// <remarks>
/// Counting follows the Chinese Civil Code (arts. 201–203): the day of sale is day 0 and is not counted; a period of
/// N days or months ends at the end of its last day, which is still inside the period. So "within 7 days" is days
/// 0–7, and a 12-month warranty from 2025-03-01 covers a claim on 2026-03-01 (day 365) but not on 2026-03-02.
/// A month period that lands on a day the month lacks ends on that month's last day (art. 202):
/// 2024-02-29 + 12 months = 2025-02-28. Months are added in one step (base + extension), never chained.
/// </remarks>
internal sealed record WarrantyDates(
    DateOnly SaleDate,
    DateOnly Today,
    DateOnly PartsExpiry,
    DateOnly LabourExpiry,
    DateOnly BasePartsExpiry,
    DateOnly BaseLabourExpiry)
{
    public int DaysSinceSale => Today.DayNumber - SaleDate.DayNumber;
    public bool PartsCovered => Today <= PartsExpiry;
    public bool LabourCovered => Today <= LabourExpiry;
    public bool InWarranty => PartsCovered || LabourCovered;
    public DateOnly LatestExpiry => PartsExpiry > LabourExpiry ? PartsExpiry : LabourExpiry;

    /// <summary>Days left until the later expiry; 0 on the last covered day, negative when past.</summary>
    public int DaysRemaining => LatestExpiry.DayNumber - Today.DayNumber;

    public static WarrantyDates For(CoverageRequest request)
    {
        var sale = request.Purchase.SaleDate;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(request.Now, request.CustomerTimeZone).DateTime);
        var parts = MonthsOrPolicy(request.Product.PartsWarrantyMonths, request);
        var labour = MonthsOrPolicy(request.Product.LabourWarrantyMonths, request);
        var extended = Math.Max(0, request.Purchase.ExtendedMonths);
        return new WarrantyDates(sale, today,
            sale.AddMonths(parts + extended), sale.AddMonths(labour + extended),
            sale.AddMonths(parts), sale.AddMonths(labour));
    }

    // A product without its own months (0) falls back to the policy's period.
    private static int MonthsOrPolicy(int productMonths, CoverageRequest request) =>
        productMonths > 0 ? productMonths : request.Policy.PeriodMonths;
}
