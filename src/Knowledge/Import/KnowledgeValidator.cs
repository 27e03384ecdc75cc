namespace AfterSalesBot.Knowledge.Import;

/// <summary>
/// Checks a set of documents before anything is written and returns every error, not the first: the format,
/// required fields, natural keys unique across all files, references (to the files or to the database), serial
/// formats, date order, non-negative numbers and string lengths that fit their columns. Documents are normalised
/// in place (null lists become empty).
/// </summary>
public static partial class KnowledgeValidator
{
    public static IReadOnlyList<ImportError> Validate(IReadOnlyList<(string File, KnowledgeDocument Doc)> files, ExistingKnowledge existing)
    {
        var run = new ValidationRun(existing);
        var readable = files.Where(f => CheckFormat(run, f.File, f.Doc)).ToList();
        foreach (var (_, doc) in readable) KnowledgeNormalizer.Normalize(doc);
        foreach (var (file, doc) in readable) IndexKeys(run, file, doc);
        foreach (var (file, doc) in readable)
        {
            CheckCatalog(run, file, doc);
            CheckPolicies(run, file, doc);
            CheckRecords(run, file, doc);
            CheckArticles(run, file, doc);
            CheckLengths(run, file, doc);
        }
        return run.Errors;
    }

    private static bool CheckFormat(ValidationRun run, string file, KnowledgeDocument doc)
    {
        var document = new RecordCheck(run, file, "document");
        if (doc.Format != KnowledgeDocument.FormatName)
        {
            document.Fail("format", $"must be '{KnowledgeDocument.FormatName}' (is '{doc.Format}')");
            return false;
        }
        if (doc.Version is < 1 or > KnowledgeDocument.CurrentVersion)
        {
            document.Fail("version", $"version {doc.Version} is not supported (this build reads 1 to {KnowledgeDocument.CurrentVersion})");
            return false;
        }
        return true;
    }

    /// <summary>Visits each non-null record of a section with its check (the key pass reports null entries).</summary>
    private static void Each<T>(ValidationRun run, string file, string section, List<T> items, Func<T, string?> key, Action<T, RecordCheck> check,
        bool reportNulls = false) where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var record = run.For(file, section, item is null ? null : key(item), i);
            if (item is null)
            {
                if (reportNulls) record.Fail("(record)", "must not be null");
            }
            else check(item, record);
        }
    }
}
