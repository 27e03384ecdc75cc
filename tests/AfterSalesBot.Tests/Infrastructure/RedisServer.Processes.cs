using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AfterSalesBot.Tests.Infrastructure;

/// <summary>Where Debian's redis-server is, and the clean-up of servers this run or an earlier crashed one left behind.</summary>
public sealed partial class RedisServer
{
    public const string DebianExecutable = "/usr/bin/redis-server";

    private static string Executable()
    {
        if (File.Exists(DebianExecutable)) return DebianExecutable;
        var where = Environment.GetEnvironmentVariable("CI") == "true"
            ? "CI must install it before the tests (.ci/run runs tools/prerequisites.sh)"
            : "install it";
        throw new InvalidOperationException(
            $"redis-server is missing (no {DebianExecutable}): {where} with 'bash tools/prerequisites.sh' as root "
            + "or 'sudo apt-get install -y redis-server'. The backplane tests run on a real Redis; none is skipped.");
    }

    /// <summary>Kills the server (its data is thrown away) and deletes the folder; safe to call twice.</summary>
    private void KillAndDelete()
    {
        KillRecorded(_folder);
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>Servers of test runs whose process is gone: killed and deleted, so a crashed run leaves nothing behind for long.</summary>
    private static void RemoveAbandoned()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var owner = Path.Combine(folder, OwnerFile);
            if (File.Exists(owner) && int.TryParse(File.ReadAllText(owner), out var pid) && LocalProcesses.IsRunning(pid)) continue;
            KillRecorded(folder);
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static void KillRecorded(string folder)
    {
        var file = Path.Combine(folder, ServerFile);
        if (!File.Exists(file) || !int.TryParse(File.ReadAllText(file), out var pid)) return;
        try
        {
            using var process = Process.GetProcessById(pid);
            if (process.ProcessName.StartsWith("redis-server", StringComparison.Ordinal)) process.Kill();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
        }
    }


}
