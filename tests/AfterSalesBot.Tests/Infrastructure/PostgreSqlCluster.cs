using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace AfterSalesBot.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster for this test run: Debian's server binaries, <c>initdb</c> into a fresh temporary folder,
/// <c>pg_ctl start</c> on 127.0.0.1 at a free port with the socket inside that folder; no system service. Started on first
/// use, shared by every test class (each gets its own database), stopped and deleted when the test process exits.
/// </summary>
public sealed class PostgreSqlCluster
{
    private const string Superuser = "postgres";
    private const string FolderPrefix = "asb-pg-";
    private const string OwnerFile = "owner.pid";
    private static readonly Lazy<Task<PostgreSqlCluster>> Shared = new(StartAsync);

    private readonly string _bin;
    private readonly string _folder;
    private readonly bool _asPostgresUser;

    private PostgreSqlCluster(string bin, string folder, int port, bool asPostgresUser)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    public int Port { get; }

    private string DataFolder => Path.Combine(_folder, "data");

    /// <summary>The cluster of this test run, started on first use.</summary>
    public static Task<PostgreSqlCluster> GetAsync() => Shared.Value;

    /// <summary>A new empty database on the shared cluster; its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string purpose)
    {
        var cluster = await GetAsync();
        var name = "t_" + new string(purpose.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(30).ToArray()) + "_"
            + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(cluster.ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return cluster.ConnectionString(name);
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing whatever still holds it.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var cluster = await GetAsync();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        await using var connection = new NpgsqlConnection(cluster.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = Superuser,
        Database = database,
        // Many databases, each with its own pool, share one small server: idle connections go back soon.
        MaxPoolSize = 20,
        ConnectionIdleLifetime = 10,
    }.ToString();

    private static async Task<PostgreSqlCluster> StartAsync()
    {
        var bin = FindBinaries();
        var asPostgresUser = Environment.UserName == "root";
        await RemoveAbandonedAsync(bin, asPostgresUser);
        var folder = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        if (asPostgresUser) await RunAsync("chown", ["postgres:postgres", folder], folder);
        var port = FreePort();
        var cluster = new PostgreSqlCluster(bin, folder, port, asPostgresUser);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        await cluster.InitAndStartAsync();
        return cluster;
    }

    private async Task InitAndStartAsync()
    {
        await RunServerToolAsync("initdb", ["-D", DataFolder, "-U", Superuser, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "-N"]);
        // Throwaway data: no fsync. Enough connections for the hosts that tests start side by side.
        var settings = string.Join(" ", "-c listen_addresses=127.0.0.1", $"-c port={Port}", $"-c unix_socket_directories={_folder}",
            "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off", "-c max_connections=300", "-c shared_buffers=32MB");
        await RunServerToolAsync("pg_ctl",
            ["-D", DataFolder, "-l", Path.Combine(_folder, "server.log"), "-o", settings, "-w", "-t", "60", "start"]);
    }

    /// <summary>
    /// Stops the server at once (its data is thrown away) and deletes the folder. A detached shell does it (the test runner
    /// ends this process and its children right after the run), and this process waits for it while it may.
    /// </summary>
    private void Stop()
    {
        var pgCtl = Path.Combine(_bin, "pg_ctl");
        var stop = _asPostgresUser ? "runuser -u postgres -- \"$1\" -D \"$0/data\" -m immediate -w stop" : "\"$1\" -D \"$0/data\" -m immediate -w stop";
        var start = new ProcessStartInfo("sh")
        {
            ArgumentList =
            {
                "-c", $"(if [ -f \"$0/data/postmaster.pid\" ]; then {stop}; fi; rm -rf \"$0\") </dev/null >/dev/null 2>&1 & wait",
                _folder, pgCtl,
            },
            UseShellExecute = false,
        };
        using var process = Process.Start(start);
        process?.WaitForExit(TimeSpan.FromSeconds(20));
    }

    /// <summary>
    /// Clusters of test runs whose process is gone (killed, or ended before its exit handler finished): stopped and
    /// deleted, so a crashed run leaves neither a server nor a folder behind for long.
    /// </summary>
    private static async Task RemoveAbandonedAsync(string bin, bool asPostgresUser)
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var owner = Path.Combine(folder, OwnerFile);
            if (File.Exists(owner) && int.TryParse(await File.ReadAllTextAsync(owner), out var pid) && IsRunning(pid)) continue;
            var abandoned = new PostgreSqlCluster(bin, folder, 0, asPostgresUser);
            abandoned.Stop();
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private Task RunServerToolAsync(string tool, IReadOnlyList<string> arguments) => _asPostgresUser
        ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments], _folder)
        : RunAsync(Path.Combine(_bin, tool), arguments, _folder);

    private static async Task RunAsync(string file, IReadOnlyList<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
    }

    /// <summary>The newest installed server's binaries; without them every PostgreSQL test fails with how to install them.</summary>
    private static string FindBinaries()
    {
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0).ToList()
            : [];
        if (installed.Count > 0) return installed[0];
        var where = Environment.GetEnvironmentVariable("CI") == "true" ? "CI must install it (.ci/run runs tools/prerequisites.sh)" : "install it";
        throw new InvalidOperationException(
            $"PostgreSQL's server binaries are missing (no /usr/lib/postgresql/*/bin/initdb): {where} with 'bash tools/prerequisites.sh' "
            + "as root or 'sudo apt-get install -y postgresql'. The storage tests run on PostgreSQL as well as SQLite.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
