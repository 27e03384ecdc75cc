namespace AfterSalesBot.Knowledge.Import;

/// <summary>How many records of one section an import inserted, updated or found identical.</summary>
public sealed record SectionCounts(string Section, int Inserted, int Updated, int Unchanged);

/// <summary>The outcome of an import: the counts per section, or every error (and then nothing was written).</summary>
public sealed record ImportResult(bool Succeeded, bool DryRun, IReadOnlyList<SectionCounts> Sections, IReadOnlyList<ImportError> Errors)
{
    public int Inserted => Sections.Sum(s => s.Inserted);
    public int Updated => Sections.Sum(s => s.Updated);
    public int Unchanged => Sections.Sum(s => s.Unchanged);

    /// <summary>Inserted plus updated: 0 when the same data is imported again.</summary>
    public int Changes => Inserted + Updated;

    public static ImportResult Failed(IReadOnlyList<ImportError> errors) => new(false, false, [], errors);

    public static ImportResult Completed(IReadOnlyList<SectionCounts> sections, bool dryRun) => new(true, dryRun, sections, []);
}
