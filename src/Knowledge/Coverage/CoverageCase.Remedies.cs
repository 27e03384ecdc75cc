using AfterSalesBot.Knowledge.Catalog;
using AfterSalesBot.Knowledge.Policies;

namespace AfterSalesBot.Knowledge.Coverage;

internal sealed partial class CoverageCase
{
    private int? OnSiteHours => request.ServiceLevel.OnSiteByZone
        .FirstOrDefault(z => string.Equals(z.Zone, request.ZoneCode, StringComparison.OrdinalIgnoreCase))?.Hours;

    private decimal OnSiteFee => request.Fees.OnSiteByZone
        .FirstOrDefault(z => string.Equals(z.Zone, request.ZoneCode, StringComparison.OrdinalIgnoreCase))?.Amount ?? 0m;

    private PartPrice? Part => Facts.PartCode is { } code
        ? request.Fees.Parts.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase))
        : null;

    /// <summary>The part's price as text, or "at list price" when the part is not yet known.</summary>
    private string PartText(decimal? price) => price is { } p ? Money(p) : Text("PartsAtListPrice");

    /// <summary>Out of warranty, or excluded outright: labour + the part + the visit for the zone (DOMAIN.md §6).</summary>
    private RemedyOption StandardQuote()
    {
        var part = Part?.Price;
        var total = request.Fees.Labour + (part ?? 0m) + OnSiteFee;
        return Option(RemedyKind.PaidRepair, total, OnSiteHours, Authority.Bot, Text("RemedyPaidRepair",
            Money(total), Money(request.Fees.Labour), PartText(part), Money(OnSiteFee)));
    }

    /// <summary>
    /// In warranty but user-caused: the cost fee (工本费) replaces labour and the visit; a replaced part is still
    /// charged at its price, because the damage to it is not a quality fault.
    /// </summary>
    private RemedyOption CostFeeRepair()
    {
        var part = Part?.Price;
        var total = request.Fees.CostFee + (part ?? 0m);
        return Option(RemedyKind.PaidRepair, total, OnSiteHours, Authority.Bot,
            Text("RemedyCostFeeRepair", Money(total), Money(request.Fees.CostFee), PartText(part)));
    }

    /// <summary>
    /// A warranty repair: parts and labour each free until their own expiry; the visit follows labour. An always-paid
    /// part is charged even in warranty (DOMAIN.md §10).
    /// </summary>
    private RemedyOption WarrantyRepair()
    {
        var part = Part;
        var alwaysPaid = part is not null && Policy.AlwaysPaidParts.Contains(part.Code, StringComparer.OrdinalIgnoreCase);
        if (alwaysPaid) Reason(ReasonCodes.AlwaysPaidPart, Text("AlwaysPaidPart", PartName(part!), Money(part!.Price)));

        var partsCost = alwaysPaid || !_dates.PartsCovered ? part?.Price ?? 0m : 0m;
        var labourCost = _dates.LabourCovered ? 0m : request.Fees.Labour;
        var visitCost = _dates.LabourCovered ? 0m : OnSiteFee;
        var total = partsCost + labourCost + visitCost;

        if (total == 0m && _dates.PartsCovered)
            return Option(RemedyKind.FreeRepair, 0m, OnSiteHours, Authority.Bot, Text("RemedyFreeRepair"));
        if (labourCost == 0m && part is not null)
            return Option(RemedyKind.PartReplacement, total, OnSiteHours, Authority.Bot, Text("RemedyPartReplacement", PartName(part), Money(total)));
        var partText = _dates.PartsCovered && !alwaysPaid ? Money(0m) : PartText(part?.Price);
        return Option(RemedyKind.PaidRepair, total, OnSiteHours, Authority.Bot,
            Text("RemedyPaidRepair", Money(total), Money(labourCost), partText, Money(visitCost)));
    }

    /// <summary>Consumables are never covered (DOMAIN.md §6): the customer buys the part.</summary>
    private Verdict NotCoveredConsumable(ConsumablePart consumable)
    {
        var name = CoverageTexts.Pick(Language, consumable.NameEn, consumable.NameZh);
        var exclusion = Policy.Exclusions.FirstOrDefault(e => e.Code == ReasonCodes.Consumable);
        Reason(ReasonCodes.Consumable, exclusion is null ? Text("ConsumableDefault", name) : Clause(exclusion));
        var price = Part?.Price;
        _remedies.Add(Option(RemedyKind.PartReplacement, price ?? 0m, OnSiteHours, Authority.Bot,
            Text("RemedyPartReplacement", name, PartText(price))));
        return Verdict.NotCovered;
    }

    /// <summary>Lines with remote support (software) offer it first; free while labour is covered.</summary>
    private void AddRemoteSupport(bool free)
    {
        if (request.ServiceLevel.RemoteSupportHours is not { } hours) return;
        var cost = free ? 0m : request.Fees.RemoteSupport;
        _remedies.Add(Option(RemedyKind.RemoteSupport, cost, hours, Authority.Bot,
            free ? Text("RemedyRemoteSupportFree") : Text("RemedyRemoteSupportPaid", Money(cost))));
    }

    private string PartName(PartPrice part) => CoverageTexts.Pick(Language, part.NameEn, part.NameZh);
}
