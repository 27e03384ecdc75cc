using System.Globalization;
using Npgsql;

namespace AfterSalesBot.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster for this test run: Debian's server binaries, <c>initdb</c> into a fresh temporary folder,
/// <c>pg_ctl start</c> on 127.0.0.1 at a free port with the socket inside that folder; no system service. Started on first
/// use, shared by every test class (each gets its own database), stopped and deleted when the test process exits.
/// </summary>
public sealed partial class PostgreSqlCluster
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
        var bin = PostgreSqlServerBinaries.Find();
        var asPostgresUser = Environment.UserName == "root";
        await RemoveAbandonedAsync(bin, asPostgresUser);
        var folder = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        if (asPostgresUser) await RunAsync("chown", ["postgres:postgres", folder], folder);
        var port = LocalProcesses.FreePort();
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

}
