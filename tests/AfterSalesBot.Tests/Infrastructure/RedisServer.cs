using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AfterSalesBot.Tests.Infrastructure;

/// <summary>
/// A throwaway Redis for this test run: Debian's <c>redis-server</c> on 127.0.0.1 at a free port, working in a fresh
/// temporary folder, nothing persisted (<c>--save '' --appendonly no</c>); no system service. The shared one is started on
/// first use and used by every test class (each with its own channel prefix); a test that stops Redis starts its own.
/// Killed and deleted when the test process exits.
/// </summary>
public sealed partial class RedisServer : IAsyncDisposable
{
    private const string FolderPrefix = "asb-redis-";
    private const string OwnerFile = "owner.pid";
    private const string ServerFile = "server.pid";
    private static readonly Lazy<Task<RedisServer>> Shared = new(() => StartNewAsync());

    private readonly string _folder;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private RedisServer(string folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>What a host's <c>Redis:Configuration</c> is set to (StackExchange.Redis syntax).</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>The server of this test run, started on first use.</summary>
    public static Task<RedisServer> GetSharedAsync() => Shared.Value;

    /// <summary>A server of the caller's own (to stop and start again), on a fresh folder and a free port.</summary>
    public static async Task<RedisServer> StartNewAsync()
    {
        var executable = Executable();
        RemoveAbandoned();
        var folder = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var server = new RedisServer(folder, LocalProcesses.FreePort());
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.KillAndDelete();
        await server.StartAsync(executable);
        return server;
    }

    /// <summary>Kills the server, as a crash or a network cut would look to its clients; <see cref="StartAgainAsync"/> brings it back.</summary>
    public async Task StopAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>Starts the server again on the same port (empty: nothing was persisted).</summary>
    public Task StartAgainAsync() => StartAsync(Executable());

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        KillAndDelete();
    }

    private async Task StartAsync(string executable)
    {
        var start = new ProcessStartInfo(executable)
        {
            ArgumentList =
            {
                "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", _folder,
                "--save", "", "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _folder,
        };
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await File.WriteAllTextAsync(Path.Combine(_folder, ServerFile), _process.Id.ToString(CultureInfo.InvariantCulture));
        await WaitForPongAsync();
    }

    private async Task WaitForPongAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process is { HasExited: true }) throw new InvalidOperationException("redis-server exited during start-up:\n" + Output);
            try
            {
                if (await PingAsync() == "+PONG") return;
            }
            catch (Exception ex) when (ex is SocketException or IOException)
            {
            }
            if (deadline.Elapsed > TimeSpan.FromSeconds(30)) throw new InvalidOperationException("redis-server never answered PING:\n" + Output);
            await Task.Delay(50);
        }
    }

    /// <summary>One PING over a plain socket; the server's first reply line.</summary>
    public async Task<string> PingAsync()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Port);
        var stream = client.GetStream();
        await stream.WriteAsync("PING\r\n"u8.ToArray());
        var buffer = new byte[64];
        var read = await stream.ReadAsync(buffer);
        return Encoding.ASCII.GetString(buffer, 0, read).TrimEnd('\r', '\n');
    }
}
