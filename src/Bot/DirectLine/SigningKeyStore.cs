using System.Security.Cryptography;
using AfterSalesBot.Bot.Data;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.DirectLine;

/// <summary>The token signing key: configured, or created once in the data folder and reused after restarts.</summary>
public sealed class SigningKeyStore(IOptions<DirectLineOptions> directLine, IOptions<StorageOptions> storage)
{
    private const string FileName = "directline-signing.key";
    private byte[]? _key;

    public byte[] Key => _key ??= Load();

    private byte[] Load()
    {
        if (!string.IsNullOrWhiteSpace(directLine.Value.TokenSigningKey))
        {
            var configured = Convert.FromBase64String(directLine.Value.TokenSigningKey);
            if (configured.Length < 32) throw new InvalidOperationException("DirectLine:TokenSigningKey must be at least 32 bytes of base64.");
            return configured;
        }
        var path = Path.Combine(storage.Value.DataDirectoryFullPath, FileName);
        Directory.CreateDirectory(storage.Value.DataDirectoryFullPath);
        if (File.Exists(path)) return Convert.FromBase64String(File.ReadAllText(path).Trim());

        var key = RandomNumberGenerator.GetBytes(64);
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var stream = new FileStream(path, create);
            using var writer = new StreamWriter(stream);
            writer.Write(Convert.ToBase64String(key));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance created it first: use theirs.
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
        return key;
    }
}
