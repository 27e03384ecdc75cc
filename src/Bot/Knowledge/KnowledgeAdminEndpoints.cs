using AfterSalesBot.Bot.Admin;
using AfterSalesBot.Knowledge;
using AfterSalesBot.Knowledge.Import;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSalesBot.Bot.Knowledge;

/// <summary>Operator endpoints for the knowledge store, behind the admin key. Large imports belong on the
/// command line (<c>knowledge import</c>); requests are bounded by the host's body limit.</summary>
public static class KnowledgeAdminEndpoints
{
    /// <summary>The file name errors of an HTTP import carry.</summary>
    public const string RequestFile = "request";

    public static IEndpointRouteBuilder MapKnowledgeAdmin(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/knowledge").RequireAdminApiKey();
        group.MapPost("/import", Import).DisableAntiforgery();
        group.MapGet("/export", Export);
        return app;
    }

    private static async Task<Results<Ok<ImportResult>, BadRequest<ImportResult>>> Import(
        HttpRequest request, KnowledgeImporter importer, CancellationToken ct, bool dryRun = false)
    {
        var (doc, error) = await KnowledgeFiles.ParseAsync(request.Body, RequestFile, ct);
        if (doc is null) return TypedResults.BadRequest(ImportResult.Failed([error!]));
        var result = await importer.ImportAsync([(RequestFile, doc)], new ImportOptions { DryRun = dryRun }, ct);
        return result.Succeeded ? TypedResults.Ok(result) : TypedResults.BadRequest(result);
    }

    // The document's own options: enums as names, dates as yyyy-MM-dd, Chinese unescaped.
    private static async Task<JsonHttpResult<KnowledgeDocument>> Export(KnowledgeExporter exporter, CancellationToken ct) =>
        TypedResults.Json(await exporter.ExportAsync(ct), KnowledgeDocument.JsonOptions);
}
