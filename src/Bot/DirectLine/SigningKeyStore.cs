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
        Directory.CreateDirectory(storage.DataDirectoryFullPath);
        if (File.Exists(path)) return Convert.FromBase64String(File.ReadAllText(path).Trim());

        // Written whole to a private temporary file, then moved into place: a reader never sees a
        // half-written key, and if another process got there first, its key wins.
        var key = RandomNumberGenerator.GetBytes(64);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temporary, create))
        using (var writer = new StreamWriter(stream))
            writer.Write(Convert.ToBase64String(key));
        try
        {
            File.Move(temporary, path, overwrite: false);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
    }
}
