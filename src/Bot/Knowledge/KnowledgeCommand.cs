using AfterSalesBot.Bot.Data;
using AfterSalesBot.Knowledge.Import;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Knowledge;

/// <summary>
/// <c>knowledge import &lt;file-or-folder&gt; [--dry-run]</c> and <c>knowledge export &lt;file&gt;</c>: run on the
/// built host (its configuration and database, migrated first) without starting the web server.
/// Exit codes: 0 done, 1 errors (nothing written), 2 wrong usage. Other <c>--Key=value</c> arguments configure the host.
/// </summary>
public sealed partial class KnowledgeCommand
{
    public const int Succeeded = 0;
    public const int Failed = 1;
    public const int WrongUsage = 2;

    private const string Usage = """
        Usage:
          knowledge import <file-or-folder> [--dry-run]   validate, then import all-or-nothing
          knowledge export <file>                         write everything as one document
        """;

    private readonly bool _extraArguments;

    private KnowledgeCommand(string? verb, string? path, bool dryRun, bool extraArguments, string[] hostArgs)
    {
        _extraArguments = extraArguments;
        Verb = verb;
        Path = path;
        DryRun = dryRun;
        HostArgs = hostArgs;
    }

    public string? Verb { get; }
    public string? Path { get; }
    public bool DryRun { get; }

    /// <summary>The arguments left for the host's configuration.</summary>
    public string[] HostArgs { get; }

    /// <summary>The command the arguments ask for, or null when they ask for the web host.</summary>
    public static KnowledgeCommand? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] != "knowledge") return null;
        var rest = args.Skip(1).ToList();
        var dryRun = rest.Remove("--dry-run");
        var positional = rest.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var hostArgs = rest.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        return new KnowledgeCommand(positional.ElementAtOrDefault(0), positional.ElementAtOrDefault(1), dryRun, positional.Count > 2, hostArgs);
    }

    public async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        if (Path is null || _extraArguments || Verb is not ("import" or "export") || (DryRun && Verb == "export"))
        {
            await output.WriteLineAsync(Usage);
            return WrongUsage;
        }
        await output.WriteLineAsync(services.GetRequiredService<IOptions<StorageOptions>>().Value.Describe());
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        return Verb == "import"
            ? await ImportAsync(services.GetRequiredService<KnowledgeImporter>(), output, ct)
            : await ExportAsync(services.GetRequiredService<KnowledgeExporter>(), output, ct);
    }
}
