using AfterSalesBot.Knowledge;
using AfterSalesBot.Knowledge.Import;

namespace AfterSalesBot.Tests.Knowledge.Import;

/// <summary>The fixture folders under Knowledge/Fixtures (copied beside the tests).</summary>
internal static class KnowledgeFixtures
{
    public static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "Knowledge", "Fixtures", name);

    /// <summary>good/: a consistent catalogue, records (with a reference date of 2026-06-01) and articles in three files.</summary>
    public static string Good => Folder("good");

    /// <summary>bad/: the good catalogue, then a records file with one purchase whose serial is malformed.</summary>
    public static string Bad => Folder("bad");

    public static string Broken => Folder("broken");

    public static async Task<IReadOnlyList<(string File, KnowledgeDocument Doc)>> ReadAsync(string folder)
    {
        var read = await KnowledgeFiles.ReadAsync(folder);
        Assert.Empty(read.Errors);
        return read.Documents;
    }
}
