namespace AfterSalesBot.KnowledgeBench.Corpus;

/// <summary>The folder holding AfterSalesBot.sln, above the working directory or the bench binaries.</summary>
public static class RepoRoot
{
    public static string Find() =>
        Above(Environment.CurrentDirectory) ?? Above(AppContext.BaseDirectory)
        ?? throw new FileNotFoundException($"No AfterSalesBot.sln above {Environment.CurrentDirectory}; run from the repository.");

    private static string? Above(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AfterSalesBot.sln"))) return dir.FullName;
        return null;
    }
}
