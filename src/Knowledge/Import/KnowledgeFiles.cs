using System.Text.Json;

namespace AfterSalesBot.Knowledge.Import;

/// <summary>The documents read from a file or folder, and the files that could not be read.</summary>
public sealed record KnowledgeFileSet(IReadOnlyList<(string File, KnowledgeDocument Doc)> Documents, IReadOnlyList<ImportError> Errors);

/// <summary>Reads import files: one <c>.json</c> file, or every <c>*.json</c> in a folder in name order.</summary>
public static class KnowledgeFiles
{
    public static async Task<KnowledgeFileSet> ReadAsync(string path, CancellationToken ct = default)
    {
        string[] files;
        if (Directory.Exists(path))
            files = [.. Directory.GetFiles(path, "*.json").OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)];
        else if (File.Exists(path))
            files = [path];
        else
            return new KnowledgeFileSet([], [new ImportError(path, "document", "(file)", "no such file or folder")]);

        var documents = new List<(string, KnowledgeDocument)>();
        var errors = new List<ImportError>();
        foreach (var file in files)
        {
            await using var stream = File.OpenRead(file);
            var (doc, error) = await ParseAsync(stream, Path.GetFileName(file), ct);
            if (doc is not null) documents.Add((Path.GetFileName(file), doc));
            if (error is not null) errors.Add(error);
        }
        if (files.Length == 0) errors.Add(new ImportError(path, "document", "(file)", "the folder holds no .json files"));
        return new KnowledgeFileSet(documents, errors);
    }

    /// <summary>Reads one document; a syntax or type error comes back with its line (1-based) and JSON path.</summary>
    public static async Task<(KnowledgeDocument? Doc, ImportError? Error)> ParseAsync(Stream json, string fileName, CancellationToken ct)
    {
        try
        {
            var doc = await JsonSerializer.DeserializeAsync<KnowledgeDocument>(json, KnowledgeJson.ReadOptions, ct);
            return doc is null ? (null, new ImportError(fileName, "document", "(file)", "the document is null")) : (doc, null);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } n ? $"line {n + 1}" : "document";
            return (null, new ImportError(fileName, line, e.Path ?? "$", Describe(e)));
        }
    }

    // The reader's message repeats the path and position, which the error already carries.
    private static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
