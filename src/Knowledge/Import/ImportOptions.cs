namespace AfterSalesBot.Knowledge.Import;

public sealed record ImportOptions
{
    /// <summary>
    /// When set, every purchase sale date and repair date of a document that has a
    /// <see cref="KnowledgeDocument.ReferenceDate"/> is shifted by (this − referenceDate) days before validation,
    /// so data written against one day keeps its meaning ("bought 3 days ago") on any other. Default: null (no shift).
    /// </summary>
    public DateOnly? RebaseDatesTo { get; init; }

    /// <summary>Validate and count what would change, then write nothing. Default: false.</summary>
    public bool DryRun { get; init; }
}
