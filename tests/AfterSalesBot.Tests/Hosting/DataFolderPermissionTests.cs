using System.Runtime.Versioning;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Hosting;

/// <summary>On Unix the host keeps its data folder to its own user: the folder 0700, the database, its WAL and shared-memory
/// files and the Direct Line signing key 0600, also when the folder was already there with the usual 0755.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class DataFolderPermissionTests
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = OwnerOnlyFile | UnixFileMode.UserExecute;

    [Fact]
    public async Task The_real_hosts_data_folder_is_readable_by_its_owner_only()
    {
        Assert.False(OperatingSystem.IsWindows(), "This machine runs the tests on Unix; the modes do not exist on Windows.");
        await using var server = new BotServer();
        Directory.CreateDirectory(server.DataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        await server.StartAsync();
        // A conversation: the database is written (WAL and SHM exist) and a token is signed (the key file exists).
        using var customer = await new DirectLineTestClient(server).StartSessionAsync();
        await customer.WaitForRepliesAsync(await customer.SendTextAsync("hello"));

        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(server.DataDirectory));
        var files = Directory.GetFiles(server.DataDirectory);
        foreach (var expected in new[] { "aftersalesbot.db", "aftersalesbot.db-wal", "aftersalesbot.db-shm", "directline-signing.key" })
            Assert.Contains(Path.Combine(server.DataDirectory, expected), files);
        Assert.All(files, f => Assert.Equal((Path.GetFileName(f), OwnerOnlyFile), (Path.GetFileName(f), File.GetUnixFileMode(f))));
    }
}
