using System.Security.Cryptography;
using AfterSalesBot.Bot.Data;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.DirectLine;

/// <summary>The token signing key: configured, or created once in the data folder and reused after restarts.</summary>
public sealed class SigningKeyStore
{
    private const string FileName = "directline-signing.key";
    private readonly Lazy<byte[]> _key;

    public SigningKeyStore(IOptions<DirectLineOptions> directLine, IOptions<StorageOptions> storage) =>
        _key = new Lazy<byte[]>(() => Load(directLine.Value, storage.Value), LazyThreadSafetyMode.ExecutionAndPublication);

    public byte[] Key => _key.Value;

    private static byte[] Load(DirectLineOptions directLine, StorageOptions storage)
    {
        if (!string.IsNullOrWhiteSpace(directLine.TokenSigningKey))
        {
            var configured = Convert.FromBase64String(directLine.TokenSigningKey);
            if (configured.Length < 32) throw new InvalidOperationException("DirectLine:TokenSigningKey must be at least 32 bytes of base64.");
            return configured;
        }
        var path = Path.Combine(storage.DataDirectoryFullPath, FileName);
        PrivateDataFolder.Create(storage.DataDirectoryFullPath);
        if (File.Exists(path))
        {
            PrivateDataFolder.Narrow(path); // a key an older version wrote before keys were 0600
            return Read(path);
        }

        // First use: one process at a time (an exclusive lock file; .NET takes an flock for FileShare.None on Unix)
        // decides. A rename with "no overwrite" is not atomic on every file system, so two first users could each
        // have believed their key won.
        using var gate = AcquireLock(path + ".lock");
        if (File.Exists(path)) return Read(path);
        // Written whole to a private temporary file, then moved into place: a reader never sees a half-written key.
        var key = RandomNumberGenerator.GetBytes(64);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temporary, create))
        using (var writer = new StreamWriter(stream))
            writer.Write(Convert.ToBase64String(key));
        File.Move(temporary, path, overwrite: false);
        return key;
    }

    private static byte[] Read(string path) => Convert.FromBase64String(File.ReadAllText(path).Trim());

    private static FileStream AcquireLock(string lockPath)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
                if (!OperatingSystem.IsWindows()) options.UnixCreateMode = PrivateDataFolder.FileMode;
                return new FileStream(lockPath, options);
            }
            catch (IOException) when (attempt < 500)
            {
                Thread.Sleep(10); // another process is deciding; it takes microseconds
            }
        }
    }
}
