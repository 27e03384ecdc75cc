using AfterSalesBot.Knowledge.Data;
using AfterSalesBot.Knowledge.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AfterSalesBot.Tests.Knowledge.Search.SearchFixtures;

namespace AfterSalesBot.Tests.Knowledge.Search;

/// <summary>The service on a real, migrated SQLite knowledge store (shared in-memory, held open by the test).</summary>
public sealed class KnowledgeSearchTests : IDisposable
{
    private readonly SqliteConnection _keepAlive;
    private readonly ServiceProvider _services;

    public KnowledgeSearchTests()
    {
        var connectionString = $"Data Source=file:search-{Guid.NewGuid():N}?mode=memory&cache=shared";
        _keepAlive = new SqliteConnection(connectionString);
        _keepAlive.Open();
        _services = new ServiceCollection()
            .AddKnowledgeDatabase(new KnowledgeDatabase(KnowledgeProvider.Sqlite, connectionString))
            .AddKnowledgeSearch()
            .BuildServiceProvider();
        using var db = Contexts.CreateDbContext();
        db.Database.Migrate();
        db.Products.AddRange(Read().Products);
        db.Articles.AddRange(Read().Articles);
        db.SaveChanges();
    }

    private IDbContextFactory<KnowledgeDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>();

    private KnowledgeSearch Search => _services.GetRequiredService<KnowledgeSearch>();

    [Fact]
    public void LoadsArticlesAndProductsOnFirstUse()
    {
        Assert.Equal(Articles.Count, Search.Index.ArticleCount);
        Assert.Equal("KB-HEATER-001", Search.Search("漏水")[0].Code);
        Assert.StartsWith("KB-STOVE-", Search.Search("煤气灶")[0].Code, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsTheIndexUntilRefreshedThenSeesTheImport()
    {
        var before = Search.Index;
        using (var db = Contexts.CreateDbContext())
        {
            db.Articles.Add(Article("KB-NEW-001", "Descaling the water heater", "热水器除垢", products: ["JSQ-H8"]));
            db.SaveChanges();
        }

        Assert.Empty(Search.Search("除垢"));
        Search.Refresh();

        Assert.NotSame(before, Search.Index);
        Assert.Equal("KB-NEW-001", Search.Search("除垢")[0].Code);
        Assert.Empty(before.Search("除垢"));
    }

    public void Dispose()
    {
        _services.Dispose();
        _keepAlive.Dispose();
    }

    private static AfterSalesBot.Knowledge.KnowledgeDocument Read() => new()
    {
        Articles = [.. Articles.Select(a => Article(a.Code, a.TitleEn, a.TitleZh, a.BodyEn, a.BodyZh, [.. a.Products], [.. a.Symptoms]))],
        Products = [.. Products.Select(Clone)],
    };

    // Fresh entities per test: EF tracks the instances it saves.
    private static AfterSalesBot.Knowledge.Catalog.Product Clone(AfterSalesBot.Knowledge.Catalog.Product p) => new()
    {
        Model = p.Model, LineCode = p.LineCode, NameEn = p.NameEn, NameZh = p.NameZh, Aliases = [.. p.Aliases],
        SerialPattern = p.SerialPattern, SerialFormatEn = p.SerialFormatEn, SerialFormatZh = p.SerialFormatZh, LaunchDate = p.LaunchDate,
    };
}
