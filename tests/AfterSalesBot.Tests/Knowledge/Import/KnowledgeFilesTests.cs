using AfterSalesBot.Knowledge.Import;

namespace AfterSalesBot.Tests.Knowledge.Import;

public sealed class KnowledgeFilesTests
{
    [Fact]
    public async Task ReadsEveryJsonFileOfAFolderInNameOrder()
    {
        var read = await KnowledgeFiles.ReadAsync(KnowledgeFixtures.Good);

        Assert.Empty(read.Errors);
        Assert.Equal(["1-catalog.json", "2-records.json", "3-articles.json"], read.Documents.Select(d => d.File));
        Assert.Equal(new DateOnly(2026, 6, 1), read.Documents[1].Doc.ReferenceDate);
    }

    [Fact]
    public async Task ReadsASingleFile()
    {
        var read = await KnowledgeFiles.ReadAsync(Path.Combine(KnowledgeFixtures.Good, "3-articles.json"));

        Assert.Equal(2, Assert.Single(read.Documents).Doc.Articles.Count);
    }

    [Fact]
    public async Task ReportsAJsonSyntaxErrorWithTheFileAndLine()
    {
        var read = await KnowledgeFiles.ReadAsync(KnowledgeFixtures.Broken);

        Assert.Empty(read.Documents);
        var error = Assert.Single(read.Errors);
        Assert.Equal(("zones.json", "line 5", "$.zones[0]"), (error.File, error.Record, error.Field));
        Assert.StartsWith("zones.json: line 5.$.zones[0]: ", error.ToString());
    }

    [Fact]
    public async Task ReportsAMisspelledFieldInsteadOfIgnoringIt()
    {
        var file = Path.Combine(Path.GetTempPath(), "asb-typo-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(file, """
            { "format": "aftersalesbot.knowledge", "version": 1,
              "zones": [ { "code": "CITY", "nameEn": "City", "nameZh": "市区", "places": [], "placez": [] } ] }
            """);
        try
        {
            var error = Assert.Single((await KnowledgeFiles.ReadAsync(file)).Errors);
            Assert.Equal("line 2", error.Record);
            Assert.Contains("placez", error.Message + error.Field);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task AMissingRequiredFieldIsLeftToTheValidator()
    {
        var file = Path.Combine(Path.GetTempPath(), "asb-missing-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(file, """{ "format": "aftersalesbot.knowledge", "version": 1, "zones": [ { "code": "CITY", "nameEn": "City" } ] }""");
        try
        {
            var read = await KnowledgeFiles.ReadAsync(file);
            var error = Assert.Single(KnowledgeValidator.Validate(read.Documents, ExistingKnowledge.Empty));
            Assert.Equal(("zones[CITY]", "nameZh"), (error.Record, error.Field));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ReportsAMissingPath()
    {
        var read = await KnowledgeFiles.ReadAsync(Path.Combine(Path.GetTempPath(), "no-such-knowledge-folder"));

        Assert.Contains("no such file", Assert.Single(read.Errors).Message);
    }
}
