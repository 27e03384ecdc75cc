namespace AfterSalesBot.Tests.Infrastructure;

/// <summary>Where Debian's PostgreSQL server binaries are; without them every PostgreSQL test fails saying how to install them.</summary>
internal static class PostgreSqlServerBinaries
{
    public const string DebianRoot = "/usr/lib/postgresql";

    /// <summary>The newest installed version's <c>bin</c> folder under <paramref name="root"/>.</summary>
    /// <param name="ci">Whether this is CI (<c>CI=true</c>), where the install is the pipeline's job.</param>
    public static string Find(string root = DebianRoot, bool? ci = null)
    {
        var installed = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0).ToList()
            : [];
        if (installed.Count > 0) return installed[0];
        var where = ci ?? Environment.GetEnvironmentVariable("CI") == "true"
            ? "CI must install it before the tests (.ci/run runs tools/prerequisites.sh)"
            : "install it";
        throw new InvalidOperationException(
            $"PostgreSQL's server binaries are missing (no {root}/*/bin/initdb): {where} with 'bash tools/prerequisites.sh' as root "
            + "or 'sudo apt-get install -y postgresql'. The storage tests run on PostgreSQL as well as SQLite; none is skipped.");
    }
}
