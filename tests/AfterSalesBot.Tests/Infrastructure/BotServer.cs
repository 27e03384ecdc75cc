using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace AfterSalesBot.Tests.Infrastructure;

/// <summary>
/// The real host, started as its own process on a loopback port chosen by the OS, with a private data
/// folder (its SQLite file and signing key). Stop and start again on the same folder to test restarts.
/// </summary>
public sealed partial class BotServer : IAsyncDisposable
{
    public const string Secret = "test-directline-secret";
    private readonly Dictionary<string, string> _environment;
    private readonly StringBuilder _output = new();
    private Process? _process;

    public BotServer(IDictionary<string, string>? environment = null, string? dataDirectory = null)
    {
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "asb-test-" + Guid.NewGuid().ToString("N"));
        _environment = new Dictionary<string, string>
        {
            ["Storage__DataDirectory"] = DataDirectory,
            ["DirectLine__Secret"] = Secret,
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
            ["Logging__Console__FormatterName"] = "simple",
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) _environment[key] = value;
    }

    public string DataDirectory { get; }

    public Uri BaseUrl { get; private set; } = null!;

    public string DirectLineUrl => new Uri(BaseUrl, "/v3/directline").ToString();

    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>The running host's process id (what it names itself by, as the owner of conversation leases).</summary>
    public int? ProcessId => _process?.Id;

    public static async Task<BotServer> StartNewAsync(IDictionary<string, string>? environment = null)
    {
        var server = new BotServer(environment);
        await server.StartAsync();
        return server;
    }

    public Task StartAsync() => StartOnAsync(port: 0);

    /// <summary>
    /// Kills the host and starts it again on the same port, so a browser sees the same origin (and keeps its
    /// localStorage), as customers do when the real server restarts behind its fixed address.
    /// </summary>
    public async Task RestartOnSamePortAsync()
    {
        var port = BaseUrl.Port;
        await KillAsync();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await StartOnAsync(port);
                return;
            }
            catch (InvalidOperationException) when (attempt < 5)
            {
                await KillAsync();
                await Task.Delay(500); // the old listener may linger for a moment
            }
        }
    }

    private async Task StartOnAsync(int port)
    {
        if (!File.Exists(RepoPaths.BotDll)) throw new InvalidOperationException($"Build the host first: {RepoPaths.BotDll} is missing.");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { RepoPaths.BotDll, "--urls", $"http://127.0.0.1:{port}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = DataDirectory,
        };
        Directory.CreateDirectory(DataDirectory);
        foreach (var (key, value) in _environment) start.Environment[key] = value;

        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => OnLine(e.Data, listening);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data, listening);
        _process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The host exited during start-up:\n" + Output));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        try
        {
            BaseUrl = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
            using var http = new HttpClient { BaseAddress = BaseUrl };
            for (var i = 0; i < 100; i++)
            {
                try
                {
                    if ((await http.GetAsync("/health")).IsSuccessStatusCode) return;
                }
                catch (HttpRequestException)
                {
                }
                await Task.Delay(100);
            }
            throw new InvalidOperationException("The host never became healthy:\n" + Output);
        }
        catch
        {
            // A host that did not come up is not left running to slow the next one down.
            await KillAsync();
            throw;
        }
    }

    /// <summary>Ends the process at once, as a crash or a power cut would: nothing gets to flush.</summary>
    public async Task KillAsync()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(30) };

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }

    private void OnLine(string? line, TaskCompletionSource<Uri> listening)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
        var match = ListeningOn().Match(line);
        if (match.Success) listening.TrySetResult(new Uri(match.Groups[1].Value));
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();
}
