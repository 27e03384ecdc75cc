using AfterSalesBot.Bench.Options;

namespace AfterSalesBot.Bench.Server;

/// <summary>The bot server the bench drives: a child process it started, or one already running at --url.</summary>
public sealed class ServerUnderTest : IAsyncDisposable
{
    private static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(60);
    private readonly ServerProcess? _process;

    private ServerUnderTest(ServerProcess? process, Uri baseUrl, string secret, int? pid, string description)
    {
        _process = process;
        BaseUrl = baseUrl;
        Secret = secret;
        Memory = new ServerMemory(pid);
        Counters = new HostCounters(pid, baseUrl);
        Description = description;
    }

    public Uri BaseUrl { get; }

    public string Secret { get; }

    public ServerMemory Memory { get; }

    public string Description { get; }

    /// <summary>The host's CPU time and bytes allocated, for costs per turn.</summary>
    public HostCounters Counters { get; }

    /// <summary>MB in the server's data directory; null for a --url server, whose directory the bench does not know.</summary>
    public double? StorageMb => _process?.StorageMb;

    public static async Task<ServerUnderTest> StartOrAttachAsync(BenchOptions options, CancellationToken ct)
    {
        if (options.Url is { } url)
            return new ServerUnderTest(null, url, options.Secret!, options.Pid, $"{url} (already running)");
        var dll = RepoLayout.RequireServer(options.ServerPath ?? RepoLayout.DefaultServerPath());
        var process = await ServerProcess.StartAsync(dll, HealthTimeout, ct);
        return new ServerUnderTest(process, process.BaseUrl, process.Secret, process.Pid, $"{dll} at {process.BaseUrl}");
    }

    /// <summary>A crashed server makes every later number meaningless, so the run stops with its last output.</summary>
    public void ThrowIfExited()
    {
        if (_process is { HasExited: true })
            throw new InvalidOperationException($"The server exited during the run:\n{_process.OutputTail}");
    }

    /// <summary>Last resort at process exit: kill without waiting.</summary>
    public void Kill() => _process?.Kill();

    public ValueTask DisposeAsync() => _process?.DisposeAsync() ?? ValueTask.CompletedTask;
}
