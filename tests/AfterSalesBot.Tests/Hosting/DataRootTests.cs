using AfterSalesBot.Bot.Data;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Hosting;

/// <summary>Every command of a clone uses the one database in the repository's <c>data/</c>, from whatever folder it is run.</summary>
public sealed class DataRootTests
{
    [Fact]
    public void ARelativeDataDirectoryIsTheRepositorysNotTheWorkingDirectorys()
    {
        // The test runs from bin/Release/net10.0, as `dotnet run` from another folder would.
        Assert.NotEqual(RepoPaths.Root.TrimEnd('/'), Directory.GetCurrentDirectory().TrimEnd('/'));

        var storage = new StorageOptions { DataDirectory = "data" };

        Assert.Equal(Path.Combine(RepoPaths.Root, "data"), storage.DataDirectoryFullPath.TrimEnd('/'));
        Assert.Equal($"Data: {Path.Combine(RepoPaths.Root, "data", "aftersalesbot.db")}", storage.Describe());
    }

    [Fact]
    public void OutsideACloneARelativeDataDirectoryIsBesideTheBinary()
    {
        var published = Path.Combine(Path.GetTempPath(), "asb-published-" + Guid.NewGuid().ToString("N"));

        Assert.Equal(published, DataRoot.Find(published));
    }
}
