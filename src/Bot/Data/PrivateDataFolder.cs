namespace AfterSalesBot.Bot.Data;

/// <summary>
/// The data folder holds customers' words and the token signing key, so on Unix only the host's own user may read it:
/// the folder 0700, its files 0600 — also a folder and files an older version left with the usual 0755 / 0644.
/// </summary>
public static class PrivateDataFolder
{
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    public const UnixFileMode FolderMode = FileMode | UnixFileMode.UserExecute;

    /// <summary>SQLite's companions of a database file: they take the database file's mode when SQLite creates them.</summary>
    private static readonly string[] SqliteSuffixes = ["", "-wal", "-shm", "-journal"];

    /// <summary>Creates the folder (or narrows an existing one) on Unix; elsewhere only creates it.</summary>
    public static void Create(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }
        Directory.CreateDirectory(folder, FolderMode);
        File.SetUnixFileMode(folder, FolderMode);
    }

    /// <summary>The folder, then the SQLite file created empty with 0600 before SQLite first opens it (SQLite takes an
    /// empty file as a new database, and gives its WAL, shared-memory and journal files the database file's mode);
    /// files from before are narrowed to 0600.</summary>
    public static void PrepareSqlite(string folder, string databasePath)
    {
        Create(folder);
        if (OperatingSystem.IsWindows()) return;
        using (new FileStream(databasePath, new FileStreamOptions { Mode = System.IO.FileMode.OpenOrCreate, Access = FileAccess.Write, UnixCreateMode = FileMode }))
        {
        }
        foreach (var suffix in SqliteSuffixes)
            Narrow(databasePath + suffix);
    }

    /// <summary>Sets 0600 on a file that exists (Unix only).</summary>
    public static void Narrow(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path)) File.SetUnixFileMode(path, FileMode);
    }
}
