using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace AfterSalesBot.Bench.Server;

/// <summary>
/// The bot server as a child process on a free loopback port, with a fresh SQLite directory and a
/// random Direct Line secret. Disposing kills its whole process tree and deletes the directory.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private const int OutputLinesKept = 40;
    private readonly Process _process;
    private readonly DirectoryInfo _data;
    private readonly ConcurrentQueue<string> _output = new();
    private int _disposed;

    private ServerProcess(Process process, DirectoryInfo data, Uri baseUrl, string secret)
    {
        _process = process;
        _data = data;
        BaseUrl = baseUrl;
        Secret = secret;
    }

    public Uri BaseUrl { get; }

    public string Secret { get; }

    public int Pid => _process.Id;

    /// <summary>The server's fresh data directory (its SQLite file); deleted on disposal.</summary>
    public string DataDirectory => _data.FullName;

    public bool HasExited => _process.HasExited;

    /// <summary>Size of everything in the data directory (the SQLite file and its WAL), in MB.</summary>
    public double StorageMb =>
        _data.EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) / (1024.0 * 1024.0);

    /// <summary>The last lines the server wrote, to explain a failed start or a crash.</summary>
    public string OutputTail => string.Join(Environment.NewLine, _output);

    public static async Task<ServerProcess> StartAsync(string serverDll, TimeSpan healthTimeout, CancellationToken ct)
    {
        var baseUrl = new Uri($"http://127.0.0.1:{FreePort()}/");
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var data = Directory.CreateTempSubdirectory("aftersalesbot-bench-");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { serverDll, "--urls", baseUrl.ToString().TrimEnd('/') },
            WorkingDirectory = Path.GetDirectoryName(serverDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["DirectLine__Secret"] = secret,
                ["Storage__DataDirectory"] = data.FullName,
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Logging__LogLevel__Default"] = "Warning",
                // A load bench measures throughput, not the per-conversation quotas that would refuse its pace.
                ["Quotas__MessagesPerMinute"] = "100000",
                ["Quotas__BytesPerDay"] = "1099511627776",
                // The /api/messages phases post from loopback as an anonymous channel, replies going to a loopback stub.
                ["Bot__AllowAnonymous"] = "true",
                // /metrics, so the long-conversation run can read the bytes the host allocated (pulled only when read).
                ["Telemetry__Prometheus"] = "true",
            },
        };
        var process = new Process { StartInfo = start };
        var server = new ServerProcess(process, data, baseUrl, secret);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitHealthyAsync(healthTimeout, ct);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task WaitHealthyAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode} before /health answered:\n{OutputTail}");
            try
            {
                // Ready, not only up: the interpreter warm, so the first scenarios do not meet a cold instance (ADR 0076).
                using var response = await http.GetAsync(new Uri(BaseUrl, "health/ready"), ct);
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // a 2 s request timeout while it starts
            }

            await Task.Delay(200, ct);
        }

        throw new TimeoutException($"GET /health/ready did not return 200 within {timeout.TotalSeconds:0} s:\n{OutputTail}");
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        _output.Enqueue(line);
        while (_output.Count > OutputLinesKept)
            _output.TryDequeue(out _);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
