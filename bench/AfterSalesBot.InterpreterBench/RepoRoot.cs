namespace AfterSalesBot.InterpreterBench;

internal static class RepoRoot
{
    /// <summary>The nearest folder above the working directory (or the binary) that holds AfterSalesBot.sln.</summary>
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "AfterSalesBot.sln")))
                    return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("AfterSalesBot.sln not found above the working directory; pass --file and --catalog");
    }
}
