namespace AfterSalesBot.Tests.Infrastructure;

internal static class RepoPaths
{
    /// <summary>The repository root: the folder holding AfterSalesBot.sln above the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release, whichever built these tests; the host is taken from the same build.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    public static string BotDll => Path.Combine(Root, "src", "Bot", "bin", Configuration, "net10.0", "AfterSalesBot.Bot.dll");

    public static string NodeModules => Path.Combine(Root, "node_modules");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AfterSalesBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("AfterSalesBot.sln not found above " + AppContext.BaseDirectory);
    }
}
