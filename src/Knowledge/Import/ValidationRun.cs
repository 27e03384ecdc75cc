namespace AfterSalesBot.Knowledge.Import;

/// <summary>
/// One validation pass: the errors so far, and every key that a record may refer to, from the files being
/// imported and from the database. Keys are case-sensitive, as the database compares them.
/// </summary>
internal sealed class ValidationRun(ExistingKnowledge existing)
{
    private readonly Dictionary<(string Section, string Key), string> _firstFile = [];

    public List<ImportError> Errors { get; } = [];
    public HashSet<string> Zones { get; } = new(existing.Zones, StringComparer.Ordinal);
    public HashSet<string> ProductLines { get; } = new(existing.ProductLines, StringComparer.Ordinal);
    public HashSet<string> Policies { get; } = new(existing.Policies, StringComparer.Ordinal);
    public HashSet<string> FeeSchedules { get; } = new(existing.FeeSchedules, StringComparer.Ordinal);
    public HashSet<string> ServiceLevels { get; } = new(existing.ServiceLevels, StringComparer.Ordinal);
    public Dictionary<string, ProductFacts> Products { get; } = new(existing.Products, StringComparer.Ordinal);
    public Dictionary<string, DateOnly> PurchaseSaleDates { get; } = new(existing.PurchaseSaleDates, StringComparer.Ordinal);

    public static string RecordName(string section, string? key, int index) =>
        string.IsNullOrWhiteSpace(key) ? $"{section}[#{index}]" : $"{section}[{key}]";

    public RecordCheck For(string file, string section, string? key, int index) => new(this, file, RecordName(section, key, index));

    /// <summary>Registers a record's key; false (with an error) when another record already has it.</summary>
    public bool Claim(RecordCheck record, string section, string key)
    {
        if (_firstFile.TryAdd((section, key), record.File)) return true;
        record.Fail(KeyField(section), $"duplicate key '{key}' (first defined in {_firstFile[(section, key)]})");
        return false;
    }

    public static string KeyField(string section) => section switch
    {
        KnowledgeSections.Products => "model",
        KnowledgeSections.Purchases => "serial",
        KnowledgeSections.Repairs => "id",
        _ => "code",
    };
}
