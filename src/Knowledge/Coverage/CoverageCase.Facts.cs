using AfterSalesBot.Knowledge.Catalog;
using AfterSalesBot.Knowledge.Policies;

namespace AfterSalesBot.Knowledge.Coverage;

internal sealed partial class CoverageCase
{
    /// <summary>Facts that contradict each other or the purchase record; returns what needs checking.</summary>
    private string? Conflict()
    {
        if (Facts.StartedOn is { } started && started > _dates.Today)
            return Text("ConflictStartedAfterToday", Date(started));
        if (Facts.StartedOn is { } early && early < _dates.SaleDate)
            return Text("ConflictStartedBeforeSale", Date(early), Date(_dates.SaleDate));
        return null;
    }

    /// <summary>The policy's exclusions whose circumstance the customer confirmed. An exclusion the policy lacks excludes nothing.</summary>
    private List<Exclusion> KnownExclusions() =>
        Policy.Exclusions.Where(e => Facts.Circumstances.Of(e.Code) == true).ToList();

    /// <summary>
    /// In warranty, an unknown circumstance that would make the verdict worse, or a quality fault disputed by a known
    /// circumstance, leaves the decision to a person. Returns the questions to ask, or null when the facts decide it.
    /// </summary>
    private string? Undecided(List<Exclusion> known)
    {
        if (Facts.IsPerformanceFault == true && known.Count > 0)
        {
            _photoWouldDecide |= known.Any(e => SymptomCircumstances.PhotoCanShow(e.Code));
            return Text("ConflictDisputed", string.Join(" ", known.Select(Clause)));
        }
        if (known.Any(e => e.Effect == ExclusionEffect.NotCovered)) return null;

        var decisive = SymptomCircumstances.Decisive(Facts.FaultCode, Facts.IsPerformanceFault);
        var unknown = Policy.Exclusions
            .Where(e => decisive.Contains(e.Code) && Facts.Circumstances.Of(e.Code) is null)
            .Where(e => known.Count == 0 || e.Effect == ExclusionEffect.NotCovered)
            .ToList();
        var causeUnknown = Facts.IsPerformanceFault == false && known.Count == 0;
        if (unknown.Count == 0 && !causeUnknown) return null;

        _photoWouldDecide |= unknown.Any(e => SymptomCircumstances.PhotoCanShow(e.Code)) || causeUnknown;
        var questions = unknown.Select(e => Text("Ask_" + e.Code));
        return string.Join(" ", causeUnknown ? questions.Prepend(Text("CauseUnknown")) : questions);
    }

    private void CiteExclusions(IEnumerable<Exclusion> exclusions)
    {
        foreach (var e in exclusions) Reason(e.Code, Clause(e));
    }

    private string Clause(Exclusion e) => CoverageTexts.Pick(Language, e.ClauseEn, e.ClauseZh);

    private ConsumablePart? ConsumablePart() => Facts.PartCode is { } code
        ? request.Product.Consumables.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase))
        : null;

    /// <summary>
    /// Repairs of the same fault, under warranty, on this unit since its sale and since it was last replaced or refunded.
    /// A visit that found no fault is not a repair.
    /// </summary>
    private int RepeatRepairs()
    {
        if (Facts.FaultCode is not { } fault) return 0;
        var unit = request.History
            .Where(h => h.IsOf(request.Purchase.Serial) && h.Date >= _dates.SaleDate)
            .ToList();
        var lastSwap = unit.Where(h => h.Outcome is "UNIT_REPLACED" or "REFUNDED").Select(h => (DateOnly?)h.Date).Max();
        return unit.Count(h => h.UnderWarranty
            && string.Equals(h.FaultCode, fault, StringComparison.OrdinalIgnoreCase)
            && h.Outcome is "REPAIRED" or "PART_REPLACED"
            && (lastSwap is null || h.Date > lastSwap));
    }
}
