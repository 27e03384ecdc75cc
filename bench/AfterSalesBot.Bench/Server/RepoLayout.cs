namespace AfterSalesBot.Bench.Server;

/// <summary>Finds the server build relative to the repository root (the folder holding AfterSalesBot.sln).</summary>
public static class RepoLayout
{
    private const string Solution = "AfterSalesBot.sln";
    private const string ServerRelative = "src/Bot/bin/Release/net10.0/AfterSalesBot.Bot.dll";

    public static string DefaultServerPath() => Path.Combine(Root(), ServerRelative);

    /// <summary>The folder holding AfterSalesBot.sln, above the working directory or the binary.</summary>
    public static string Root() =>
        FindRoot(Environment.CurrentDirectory) ?? FindRoot(AppContext.BaseDirectory)
            ?? throw new FileNotFoundException(
                $"No {Solution} above {Environment.CurrentDirectory}; pass --server <path to AfterSalesBot.Bot.dll>.");

    public static string RequireServer(string path) =>
        File.Exists(path)
            ? Path.GetFullPath(path)
            : throw new FileNotFoundException(
                $"Server not found at {path}. Build it first: dotnet build -c Release (or pass --server).");

    private static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, Solution)))
                return dir.FullName;
        }

        return null;
    }
}
