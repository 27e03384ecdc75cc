using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Knowledge.Import;

/// <summary>
/// On the first start (an empty knowledge store), imports the demo documents with their dates rebased to today,
/// so "bought 3 days ago" stays true whenever the product is first run. Demo data never stops the product:
/// a missing folder or invalid documents are logged and the host starts anyway.
/// </summary>
internal sealed class DemoKnowledgeImport(
    IOptions<KnowledgeOptions> options,
    KnowledgeReader knowledge,
    KnowledgeImporter importer,
    TimeProvider time,
    ILogger<DemoKnowledgeImport> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.ImportDemoOnFirstStart) return;
        try
        {
            if (!await knowledge.IsEmptyAsync(cancellationToken)) return;
            await ImportDemoAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The demo knowledge could not be imported; starting without it.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ImportDemoAsync(CancellationToken ct)
    {
        var folder = options.Value.FindDemoFolder();
        if (folder is null)
        {
            logger.LogWarning("No demo knowledge: the folder {Folder} does not exist.", options.Value.DemoFolder);
            return;
        }
        var read = await KnowledgeFiles.ReadAsync(folder, ct);
        if (read.Documents.Count == 0)
        {
            logger.LogWarning("No demo knowledge: {Folder} holds no .json documents.", folder);
            return;
        }
        var today = options.Value.Today(time);
        var result = read.Errors.Count > 0
            ? ImportResult.Failed(read.Errors)
            : await importer.ImportAsync(read.Documents, new ImportOptions { RebaseDatesTo = today }, ct);
        if (result.Succeeded)
        {
            logger.LogInformation("Imported the demo knowledge from {Folder} with dates rebased to {Today}: {Inserted} records.",
                folder, today, result.Inserted);
            return;
        }
        logger.LogWarning("The demo knowledge in {Folder} was not imported ({Count} errors); starting without it.", folder, result.Errors.Count);
        foreach (var error in result.Errors) logger.LogWarning("Demo knowledge: {Error}", error.ToString());
    }
}
