using System.Text.Json;
using System.Text.Json.Serialization;

namespace AfterSalesBot.Bench.Report;

/// <summary>The report as JSON for --json: the same numbers as the table, camelCase, enums as strings.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(BenchReport))]
public sealed partial class ReportJson : JsonSerializerContext
{
    public static async Task WriteAsync(BenchReport report, string path, CancellationToken ct)
    {
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, report, Default.BenchReport, ct);
    }
}
