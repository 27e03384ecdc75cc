namespace AfterSalesBot.Knowledge.Import;

/// <summary>Moves a document's sale and repair dates so that its <see cref="KnowledgeDocument.ReferenceDate"/> becomes a given day.</summary>
internal static class DateRebase
{
    public static KnowledgeDocument Apply(KnowledgeDocument document, DateOnly to)
    {
        if (document.ReferenceDate is not { } reference) return document;
        var days = to.DayNumber - reference.DayNumber;
        var copy = KnowledgeJson.Clone(document);
        foreach (var purchase in copy.Purchases ?? []) purchase.SaleDate = Shift(purchase.SaleDate, days);
        foreach (var repair in copy.Repairs ?? []) repair.Date = Shift(repair.Date, days);
        copy.ReferenceDate = to;
        return copy;
    }

    // A missing date stays missing, so the validator still reports it as such.
    private static DateOnly Shift(DateOnly date, int days) => date == default ? date : date.AddDays(days);
}
