namespace AfterSalesBot.Knowledge;

/// <summary>Section "Knowledge".</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>Import the demo folder when the knowledge store is empty at start-up. Default: true.</summary>
    public bool ImportDemoOnFirstStart { get; set; } = true;

    /// <summary>The demo documents. A relative path is looked up in the working directory, then beside the binary
    /// (the build copies <c>knowledge/demo</c> there). Default: <c>knowledge/demo</c>.</summary>
    public string DemoFolder { get; set; } = "knowledge/demo";

    /// <summary>The time zone whose calendar dates the business (and its customers) use, as an IANA or Windows id.
    /// Default: <c>Asia/Shanghai</c>.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    public TimeZoneInfo FindZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>Today's date in <see cref="TimeZone"/>.</summary>
    public DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), FindZone()).DateTime);

    internal bool HasKnownTimeZone() => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _);

    /// <summary>The demo folder that exists (working directory first, then beside the binary), or null.</summary>
    public string? FindDemoFolder()
    {
        if (Path.IsPathRooted(DemoFolder)) return Directory.Exists(DemoFolder) ? DemoFolder : null;
        return new[] { Path.GetFullPath(DemoFolder), Path.Combine(AppContext.BaseDirectory, DemoFolder) }.FirstOrDefault(Directory.Exists);
    }
}
