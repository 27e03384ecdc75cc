using System.Globalization;
using AfterSalesBot.Knowledge.Policies;

namespace AfterSalesBot.Knowledge.Coverage;

/// <summary>One decision in the making: the verdict in precedence order (docs/coverage-rules.md).</summary>
internal sealed partial class CoverageCase(CoverageRequest request)
{
    private readonly WarrantyDates _dates = WarrantyDates.For(request);
    private readonly List<CoverageReason> _reasons = [];
    private readonly List<RemedyOption> _remedies = [];
    private bool _photoWouldDecide;

    private GatheredFacts Facts => request.Facts;
    private WarrantyPolicy Policy => request.Policy;
    private CultureInfo Language => request.Language;
    private string Currency => request.Fees.Currency;

    public CoverageDecision Decide()
    {
        var verdict = DecideVerdict();
        AddWishedRemedies(verdict);
        return new CoverageDecision(verdict, [.. _reasons], _dates.SaleDate, _dates.PartsExpiry, _dates.LabourExpiry,
            _dates.DaysRemaining, MissingEvidence(verdict), Ordered(_remedies), RepeatRepairs());
    }

    private Verdict DecideVerdict()
    {
        AddDateReasons();
        if (Conflict() is { } conflict) return Review(conflict);
        if (ConsumablePart() is { } consumable) return NotCoveredConsumable(consumable);
        if (!_dates.InWarranty) return Expired();

        var known = KnownExclusions();
        if (Undecided(known) is { } question) return Review(question);
        if (known.Any(e => e.Effect == ExclusionEffect.NotCovered)) return NotCoveredByExclusion(known);
        if (known.Count > 0) return CoveredForCostFee(known);
        return Covered();
    }

    private Verdict Review(string whatIsMissing)
    {
        Reason(ReasonCodes.FactsUndecided, Text("FactsUndecided", whatIsMissing));
        return Verdict.NeedsReview;
    }

    private Verdict Expired()
    {
        if (Facts.StartedOn is { } started && started >= _dates.SaleDate && started <= _dates.LatestExpiry)
            return Review(Text("StartedInWarranty", Date(started), Date(_dates.LatestExpiry)));
        AddRemoteSupport(free: false);
        _remedies.Add(StandardQuote());
        return Verdict.NotCovered;
    }

    private Verdict NotCoveredByExclusion(List<Exclusion> known)
    {
        CiteExclusions(known);
        AddRemoteSupport(free: false);
        _remedies.Add(StandardQuote());
        return Verdict.NotCovered;
    }

    private Verdict CoveredForCostFee(List<Exclusion> known)
    {
        CiteExclusions(known);
        _remedies.Add(CostFeeRepair());
        return Verdict.CoveredWithFee;
    }

    private Verdict Covered()
    {
        var days = _dates.DaysSinceSale;
        var performance = Facts.IsPerformanceFault;
        Authority? refundBy = null, replacementBy = null;
        if (days <= Policy.ReturnDays && performance != false)
        {
            refundBy = replacementBy = performance == true ? Authority.Bot : Authority.Staff;
            Reason(ReasonCodes.ReturnWindow, Text(performance == true ? "ReturnWindow" : "ReturnWindowToConfirm", Days(days), Policy.ReturnDays));
        }
        else if (days <= Policy.ExchangeDays && performance != false)
        {
            replacementBy = performance == true ? Authority.Bot : Authority.Staff;
            Reason(ReasonCodes.ExchangeWindow, Text(performance == true ? "ExchangeWindow" : "ExchangeWindowToConfirm", Days(days), Policy.ExchangeDays));
        }

        var repairs = RepeatRepairs();
        if (Policy.RepairsBeforeReplacement > 0 && repairs >= Policy.RepairsBeforeReplacement)
        {
            Reason(ReasonCodes.RepeatFailure, Text("RepeatFailure", repairs, Policy.RepairsBeforeReplacement));
            // The policy's entitlement (DOMAIN.md §7), not a favour: the bot grants it like the return window.
            refundBy = replacementBy = Authority.Bot;
        }

        if (refundBy is { } r) _remedies.Add(Option(RemedyKind.Refund, 0m, request.ServiceLevel.SolutionHours, r, Text("RemedyRefund")));
        if (replacementBy is { } p) _remedies.Add(Option(RemedyKind.Replacement, 0m, request.ServiceLevel.SolutionHours, p, Text("RemedyReplacement")));
        AddRemoteSupport(free: _dates.LabourCovered);
        _remedies.Add(WarrantyRepair());

        // Covered when at least one way to fix it costs nothing; otherwise the customer pays something.
        return _remedies.Any(o => o.CostToCustomer == 0m && o.Kind is RemedyKind.Refund or RemedyKind.Replacement
            or RemedyKind.FreeRepair or RemedyKind.RemoteSupport) ? Verdict.Covered : Verdict.CoveredWithFee;
    }

    private void Reason(string code, string text) => _reasons.Add(new CoverageReason(code, text));

    private string Text(string name, params object[] args) => CoverageTexts.Get(name, Language, args);

    private string Date(DateOnly date) => CoverageTexts.Date(date, Language);

    private string Days(int count) => CoverageTexts.Days(count, Language);

    private string Money(decimal amount) => CoverageTexts.Money(amount, Currency, Language);

    private RemedyOption Option(RemedyKind kind, decimal cost, int? hours, Authority by, string description) =>
        new(kind, cost, Currency, hours, by, description);
}
