using AfterSalesBot.Knowledge.Import;

namespace AfterSalesBot.Bot.Knowledge;

public sealed partial class KnowledgeCommand
{
    private async Task<int> ImportAsync(KnowledgeImporter importer, TextWriter output, CancellationToken ct)
    {
        var read = await KnowledgeFiles.ReadAsync(Path!, ct);
        // Unreadable files are reported together with what validating the readable ones finds; nothing is written.
        var options = new ImportOptions { DryRun = DryRun || read.Errors.Count > 0 };
        var result = read.Documents.Count > 0 ? await importer.ImportAsync(read.Documents, options, ct) : ImportResult.Failed([]);
        var errors = read.Errors.Concat(result.Errors).ToList();
        if (errors.Count > 0)
        {
            await output.WriteLineAsync($"Import of {Path} failed with {errors.Count} error(s); nothing was written.");
            foreach (var error in errors) await output.WriteLineAsync(error.ToString());
            return Failed;
        }

        await output.WriteLineAsync(DryRun
            ? $"Dry run of {Path} ({read.Documents.Count} file(s)): valid; this is what an import would do (nothing was written)."
            : $"Imported {Path} ({read.Documents.Count} file(s)).");
        await output.WriteLineAsync($"  {"section",-15} {"inserted",9} {"updated",9} {"unchanged",10}");
        foreach (var s in result.Sections)
            await output.WriteLineAsync($"  {s.Section,-15} {s.Inserted,9} {s.Updated,9} {s.Unchanged,10}");
        await output.WriteLineAsync($"  {"total",-15} {result.Inserted,9} {result.Updated,9} {result.Unchanged,10}");
        return Succeeded;
    }

    private async Task<int> ExportAsync(KnowledgeExporter exporter, TextWriter output, CancellationToken ct)
    {
        try
        {
            var full = System.IO.Path.GetFullPath(Path!);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            await using var file = File.Create(full);
            var doc = await exporter.ExportAsync(file, ct);
            var count = doc.Zones.Count + doc.ProductLines.Count + doc.Products.Count + doc.Policies.Count + doc.FeeSchedules.Count
                + doc.ServiceLevels.Count + doc.Purchases.Count + doc.Repairs.Count + doc.Articles.Count;
            await output.WriteLineAsync($"Exported {count} records to {full}.");
            return Succeeded;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await output.WriteLineAsync($"Export to {Path} failed: {ex.Message}");
            return Failed;
        }
    }
}
