using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace AfterSalesBot.KnowledgeBench.Report;

public static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static void Write(KnowledgeBenchReport report, string path) =>
        File.WriteAllText(path, JsonSerializer.Serialize(report, Options));
}
