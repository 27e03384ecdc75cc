using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Bot.Data;

public enum StorageProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}

/// <summary>Section "Storage". SQLite is the embedded default; SQL Server and PostgreSQL are the server engines (ADR 0022).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Which engine holds the data. Default: <see cref="StorageProvider.Sqlite"/>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Folder for the SQLite file and the Direct Line signing key; a relative path is resolved against
    /// <see cref="DataRoot.Directory"/> (the repository root when run from a clone, else the folder of the binary), never
    /// the working directory, so every command finds the same database. Default: <c>data</c>.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>SQLite file name inside <see cref="DataDirectory"/>. Default: <c>aftersalesbot.db</c>.</summary>
    [Required]
    public string SqliteFileName { get; set; } = "aftersalesbot.db";

    /// <summary>Apply migrations at start-up. Default: true (SQLite, and PostgreSQL where the host's role owns the
    /// database). For SQL Server run the documented migration script instead and set this to false.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>The most activities one group commit writes. Default: 256.</summary>
    [Range(1, 10_000)]
    public int MaxBatchSize { get; set; } = 256;

    public string DataDirectoryFullPath => Path.GetFullPath(DataDirectory, DataRoot.Directory);

    /// <summary>Where the data is, for the line printed at start and by every command.</summary>
    public string Describe() => Provider switch
    {
        StorageProvider.SqlServer => "Data: SQL Server (ConnectionStrings:SqlServer)",
        StorageProvider.PostgreSql => "Data: PostgreSQL (ConnectionStrings:PostgreSql)",
        _ => $"Data: {SqlitePath}",
    };

    public string SqlitePath => Path.Combine(DataDirectoryFullPath, SqliteFileName);
}
