namespace AfterSalesBot.Knowledge.Import;

/// <summary>The checks one record's fields go through; each failure becomes an <see cref="ImportError"/>.</summary>
internal readonly record struct RecordCheck(ValidationRun Run, string File, string Record)
{
    public void Fail(string field, string message) => Run.Errors.Add(new ImportError(File, Record, field, message));

    public bool Required(string? value, string field)
    {
        if (!string.IsNullOrWhiteSpace(value)) return true;
        Fail(field, "is required");
        return false;
    }

    public bool Required(DateOnly value, string field)
    {
        if (value != default) return true;
        Fail(field, "is required (yyyy-MM-dd)");
        return false;
    }

    public void NotNegative(decimal value, string field)
    {
        if (value < 0) Fail(field, $"must not be negative (is {value})");
    }

    public void NotNegative(decimal? value, string field)
    {
        if (value is { } v) NotNegative(v, field);
    }

    /// <summary>A reference to another record, which must be in the files or already in the database.</summary>
    public void RefersTo(string? value, IReadOnlySet<string> keys, string field, string target)
    {
        if (Required(value, field) && !keys.Contains(value!)) Fail(field, $"refers to unknown {target} '{value}'");
    }

    public void NoEmptyEntries(IEnumerable<string?> values, string field)
    {
        if (values.Any(string.IsNullOrWhiteSpace)) Fail(field, "must not contain empty entries");
    }

    /// <summary>Codes inside one record (exclusions, parts, zones) must be present and unique there.</summary>
    public void UniqueCodes<T>(IReadOnlyList<T?> items, Func<T, string?> code, string field, string codeField = "code") where T : class
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item)
                Fail($"{field}[{i}]", "must not be null");
            else if (Required(code(item), $"{field}[{i}].{codeField}") && !seen.Add(code(item)!))
                Fail($"{field}[{i}].{codeField}", $"duplicate {codeField} '{code(item)}' in this record");
        }
    }
}
