namespace AfterSalesBot.Bot.Data;

/// <summary>
/// What a relative <see cref="StorageOptions.DataDirectory"/> is relative to: the repository root when the binary runs
/// from a clone (the nearest folder above it holding <c>AfterSalesBot.sln</c>), otherwise the folder of the binary
/// (a published app). Not the working directory: run from another folder, a command would silently use a second,
/// empty database.
/// </summary>
public static class DataRoot
{
    public const string SolutionFile = "AfterSalesBot.sln";

    public static string Directory { get; } = Find(AppContext.BaseDirectory);

    public static string Find(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile))) return folder.FullName;
        return Path.GetFullPath(start);
    }
}
