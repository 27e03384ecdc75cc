using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.DirectLine;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Tests.DirectLine;

public sealed class SigningKeyStoreTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "asb-keys-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ConcurrentFirstUsesAcrossInstancesAllGetTheSameFullKey()
    {
        var stores = Enumerable.Range(0, 16).Select(_ => NewStore()).ToList();
        var keys = await Task.WhenAll(stores.Select(s => Task.Run(() => s.Key)));

        Assert.All(keys, k => Assert.Equal(64, k.Length));
        Assert.All(keys, k => Assert.Equal(keys[0], k));
        // The key and the lock file that decided who wrote it; no temporary file is left behind.
        Assert.Equal(["directline-signing.key", "directline-signing.key.lock"], Directory.GetFiles(_data).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void AKeyCreatedOnceIsReusedAfterARestart()
    {
        var first = NewStore().Key;
        Assert.Equal(first, NewStore().Key);
    }

    [Fact]
    public void AConfiguredKeyShorterThan32BytesIsRefused()
    {
        var store = new SigningKeyStore(
            Options.Create(new DirectLineOptions { TokenSigningKey = Convert.ToBase64String(new byte[16]) }),
            Options.Create(new StorageOptions { DataDirectory = _data }));
        Assert.Throws<InvalidOperationException>(() => store.Key);
    }

    private SigningKeyStore NewStore() =>
        new(Options.Create(new DirectLineOptions()), Options.Create(new StorageOptions { DataDirectory = _data }));

    public void Dispose()
    {
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
