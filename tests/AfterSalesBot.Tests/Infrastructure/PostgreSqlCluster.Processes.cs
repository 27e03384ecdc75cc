using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AfterSalesBot.Tests.Infrastructure;

/// <summary>The cluster's server tools as processes (as the <c>postgres</c> user when the run is root), and its clean-up.</summary>
public sealed partial class PostgreSqlCluster
{
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
            if (File.Exists(owner) && int.TryParse(await File.ReadAllTextAsync(owner), out var pid) && LocalProcesses.IsRunning(pid)) continue;
            var abandoned = new PostgreSqlCluster(bin, folder, 0, asPostgresUser);
            abandoned.Stop();
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

}
