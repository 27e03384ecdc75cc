namespace AfterSalesBot.Knowledge.Coverage;

internal sealed partial class CoverageCase
{
    /// <summary>
    /// Evidence named only where it matters: the error code for an ERROR_CODE symptom; a photo where the unit's
    /// condition decides a review; the invoice for a refund or replacement, near a warranty boundary, or when the
    /// fault started in warranty; the serial of the unit to be returned or replaced.
    /// </summary>
    private List<EvidenceKind> MissingEvidence(Verdict verdict)
    {
        var missing = new List<EvidenceKind>();
        var swap = _remedies.Any(o => o.Kind is RemedyKind.Refund or RemedyKind.Replacement);

        if (!Has(EvidenceKind.Invoice) && (swap || Math.Abs(_dates.DaysRemaining) <= request.BoundaryMarginDays
            || (verdict == Verdict.NeedsReview && !_dates.InWarranty)))
            missing.Add(EvidenceKind.Invoice);
        if (!Has(EvidenceKind.Photo) && _photoWouldDecide)
            missing.Add(EvidenceKind.Photo);
        if (!Has(EvidenceKind.ErrorCode) && string.Equals(Facts.FaultCode, "ERROR_CODE", StringComparison.OrdinalIgnoreCase)
            && string.IsNullOrWhiteSpace(Facts.ErrorCode))
            missing.Add(EvidenceKind.ErrorCode);
        if (!Has(EvidenceKind.Serial) && swap)
            missing.Add(EvidenceKind.Serial);
        return missing;
    }

    private bool Has(EvidenceKind kind) => Facts.Evidence.Contains(kind);
}
