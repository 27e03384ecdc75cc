using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Bot.Data;

public enum StorageProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>Section "Storage". SQLite is the embedded default; SQL Server is the production engine.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Which engine holds the data. Default: <see cref="StorageProvider.Sqlite"/>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Folder for the SQLite file and the Direct Line signing key; relative paths are
    /// resolved against the working directory. Default: <c>data</c>.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>SQLite file name inside <see cref="DataDirectory"/>. Default: <c>aftersalesbot.db</c>.</summary>
    [Required]
    public string SqliteFileName { get; set; } = "aftersalesbot.db";

    /// <summary>Apply migrations at start-up. Default: true (SQLite). For SQL Server run the
    /// documented migration script instead and set this to false.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>The most activities one group commit writes. Default: 256.</summary>
    [Range(1, 10_000)]
    public int MaxBatchSize { get; set; } = 256;

    public string DataDirectoryFullPath => Path.GetFullPath(DataDirectory);

    public string SqlitePath => Path.Combine(DataDirectoryFullPath, SqliteFileName);
}
