using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Storage;

public sealed class PostgreSqlServerBinariesTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("asb-pgbin-");

    public void Dispose() => _root.Delete(recursive: true);

    [Theory]
    [InlineData(true, "CI must install it before the tests")]
    [InlineData(false, "install it with 'bash tools/prerequisites.sh' as root")]
    public void WithoutTheServerBinariesThePostgreSqlTestsFailSayingHowToInstallThem(bool ci, string expected)
    {
        Directory.CreateDirectory(Path.Combine(_root.FullName, "15", "bin")); // a client-only install: no initdb

        var error = Assert.Throws<InvalidOperationException>(() => PostgreSqlServerBinaries.Find(_root.FullName, ci));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("sudo apt-get install -y postgresql", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UsesTheNewestInstalledServer()
    {
        foreach (var version in new[] { "9", "15", "13" })
        {
            var bin = Directory.CreateDirectory(Path.Combine(_root.FullName, version, "bin")).FullName;
            File.WriteAllText(Path.Combine(bin, "initdb"), "");
            File.WriteAllText(Path.Combine(bin, "pg_ctl"), "");
        }

        Assert.Equal(Path.Combine(_root.FullName, "15", "bin"), PostgreSqlServerBinaries.Find(_root.FullName, ci: false));
    }
}
