namespace AfterSalesBot.Knowledge.Coverage;

internal sealed partial class CoverageCase
{
    /// <summary>Every answer states the sale date, the expiry (parts and labour separately when they differ) and the days.</summary>
    private void AddDateReasons()
    {
        var split = _dates.PartsExpiry != _dates.LabourExpiry;
        var sale = Date(_dates.SaleDate);
        if (_dates.InWarranty)
        {
            Reason(ReasonCodes.InWarranty, split
                ? Text("InWarrantySplit", sale, Date(_dates.PartsExpiry), Date(_dates.LabourExpiry), Days(_dates.DaysRemaining))
                : Text("InWarranty", sale, Date(_dates.PartsExpiry), Days(_dates.DaysRemaining)));
            if (!_dates.PartsCovered) Reason(ReasonCodes.PartsExpired, Text("PartsExpired", Date(_dates.PartsExpiry)));
            if (!_dates.LabourCovered) Reason(ReasonCodes.LabourExpired, Text("LabourExpired", Date(_dates.LabourExpiry)));
        }
        else
        {
            Reason(ReasonCodes.Expired, split
                ? Text("ExpiredSplit", sale, Date(_dates.PartsExpiry), Date(_dates.LabourExpiry), Days(-_dates.DaysRemaining))
                : Text("Expired", sale, Date(_dates.PartsExpiry), Days(-_dates.DaysRemaining)));
        }

        if (request.Purchase.ExtendedMonths > 0)
            Reason(ReasonCodes.Extended, Text("Extended", request.Purchase.ExtendedMonths, Date(_dates.LatestExpiry)));
    }
}
