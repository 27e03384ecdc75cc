using AfterSalesBot.Knowledge.Import;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Knowledge.Import;

public class KnowledgeImporterTests
{
    private readonly StorageEngine _engine;

    public KnowledgeImporterTests() : this(StorageEngine.Sqlite)
    {
    }

    protected KnowledgeImporterTests(StorageEngine engine) => _engine = engine;

    private Task<KnowledgeStore> CreateStoreAsync() => KnowledgeStore.CreateAsync(_engine);

    [Fact]
    public async Task ImportsEveryFileOfAFolder()
    {
        await using var store = await CreateStoreAsync();

        var result = await store.ImportAsync(await KnowledgeFixtures.ReadAsync(KnowledgeFixtures.Good));

        Assert.True(result.Succeeded);
        Assert.Equal((2, 2, 3, 2, 2), (Count(result, "zones"), Count(result, "products"), Count(result, "purchases"), Count(result, "repairs"), Count(result, "articles")));
        await using var db = store.CreateDbContext();
        var heater = await db.Products.SingleAsync(p => p.Model == "JSQ-20");
        Assert.Equal(36, heater.PartsWarrantyMonths);
        Assert.Equal("镁棒", Assert.Single(heater.Consumables).NameZh);
        var policy = await db.Policies.SingleAsync();
        Assert.Equal(["USER_DAMAGE", "VOLTAGE"], policy.Exclusions.Select(e => e.Code));
        Assert.Equal(new DateOnly(2026, 5, 29), (await db.Purchases.SingleAsync(p => p.Serial == "JQ500000001")).SaleDate);
    }

    [Fact]
    public async Task ReimportingTheSameDataChangesNothing()
    {
        await using var store = await CreateStoreAsync();
        await store.ImportAsync(await KnowledgeFixtures.ReadAsync(KnowledgeFixtures.Good));

        var again = await store.ImportAsync(await KnowledgeFixtures.ReadAsync(KnowledgeFixtures.Good));

        Assert.True(again.Succeeded);
        Assert.Equal(0, again.Changes);
        Assert.Equal(15, again.Unchanged);
    }

    [Fact]
    public async Task UpdatesARecordByItsNaturalKeyAndLeavesTheOthersAlone()
    {
        await using var store = await CreateStoreAsync();
        await store.ImportAsync(await KnowledgeFixtures.ReadAsync(KnowledgeFixtures.Good));
        var files = await KnowledgeFixtures.ReadAsync(KnowledgeFixtures.Good);
        var catalog = files[0].Doc;
        catalog.Products.Single(p => p.Model == "JZT-Q5").NameEn = "Q5 gas hob (2026)";
        catalog.Policies[0].Exclusions[1].ClauseEn = "Damage from unstable mains voltage.";

        var result = await store.ImportAsync(files);

        Assert.Equal((0, 1, 1), Counts(result, "products"));
        Assert.Equal((0, 1, 0), Counts(result, "policies"));
        Assert.Equal(1 + 1, result.Changes);
        await using var db = store.CreateDbContext();
        Assert.Equal("Q5 gas hob (2026)", (await db.Products.SingleAsync(p => p.Model == "JZT-Q5")).NameEn);
        Assert.Equal("Damage from unstable mains voltage.", (await db.Policies.SingleAsync()).Exclusions[1].ClauseEn);
        Assert.Equal(2, await db.Products.CountAsync());
    }

    [Fact]
    public async Task OneBadRecordInTheSecondFileWritesNothingFromTheFirst()
    {
        await using var store = await CreateStoreAsync();

        var result = await store.ImportAsync(await KnowledgeFixtures.ReadAsync(KnowledgeFixtures.Bad));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("2-records.json", "purchases[XX-BAD]", "serial"), (error.File, error.Record, error.Field));
        await using var db = store.CreateDbContext();
        Assert.False(await db.Zones.AnyAsync());
        Assert.False(await db.Products.AnyAsync());
        Assert.False(await db.Purchases.AnyAsync());
    }

    [Fact]
    public async Task RebaseShiftsSaleAndRepairDatesByTheDaysSinceTheReferenceDate()
    {
        await using var store = await CreateStoreAsync();
        var files = await KnowledgeFixtures.ReadAsync(KnowledgeFixtures.Good);

        // The records were written against 2026-06-01; 2027-01-10 is 223 days later.
        var result = await store.ImportAsync(files, new ImportOptions { RebaseDatesTo = new DateOnly(2027, 1, 10) });

        Assert.True(result.Succeeded);
        await using var db = store.CreateDbContext();
        Assert.Equal(new DateOnly(2027, 1, 7), (await db.Purchases.SingleAsync(p => p.Serial == "JQ500000001")).SaleDate); // still "3 days ago"
        Assert.Equal(new DateOnly(2026, 8, 26), (await db.Purchases.SingleAsync(p => p.Serial == "WH20-000001")).SaleDate);
        Assert.Equal(new DateOnly(2026, 10, 11), (await db.Repairs.SingleAsync(r => r.Id == "RP-0001")).Date);
        Assert.Equal(new DateOnly(2025, 1, 1), (await db.Products.SingleAsync(p => p.Model == "JZT-Q5")).LaunchDate); // catalogue dates stay
        Assert.Equal(new DateOnly(2026, 5, 29), files[1].Doc.Purchases[0].SaleDate); // the caller's documents are untouched
    }

    [Fact]
    public async Task RebasedDatesAreValidatedAfterTheShift()
    {
        await using var store = await CreateStoreAsync();

        // Back to 2025-03-01: the hob sold "3 days before the reference date" would be sold before its launch.
        var result = await store.ImportAsync(await KnowledgeFixtures.ReadAsync(KnowledgeFixtures.Good),
            new ImportOptions { RebaseDatesTo = new DateOnly(2025, 1, 1) });

        Assert.Contains(result.Errors, e => e.Record == "purchases[JQ500000002]" && e.Field == "saleDate");
    }

    [Fact]
    public async Task ADryRunCountsButWritesNothing()
    {
        await using var store = await CreateStoreAsync();

        var result = await store.ImportAsync(await KnowledgeFixtures.ReadAsync(KnowledgeFixtures.Good), new ImportOptions { DryRun = true });

        Assert.True(result is { Succeeded: true, DryRun: true, Inserted: 15 });
        await using var db = store.CreateDbContext();
        Assert.False(await db.Products.AnyAsync());
    }

    [Fact]
    public async Task RecordsMayReferToWhatAnEarlierImportStored()
    {
        await using var store = await CreateStoreAsync();
        var files = await KnowledgeFixtures.ReadAsync(KnowledgeFixtures.Good);
        await store.ImportAsync([files[0]]);

        var records = await store.ImportAsync([files[1]]);

        Assert.True(records.Succeeded, string.Join("\n", records.Errors));
        Assert.Equal((3, 0, 0), Counts(records, "purchases"));
    }

    private static int Count(ImportResult result, string section) => result.Sections.Single(s => s.Section == section).Inserted;

    private static (int, int, int) Counts(ImportResult result, string section)
    {
        var counts = result.Sections.Single(s => s.Section == section);
        return (counts.Inserted, counts.Updated, counts.Unchanged);
    }

    [Fact]
    public async Task AnImportThatAddsAnArticleMakesItSearchableAtOnce()
    {
        await using var store = await CreateStoreAsync();
        await store.ImportAsync([("a.json", KnowledgeBuilders.ValidDocument())]);
        Assert.Empty(store.Search.Search("漏水"));

        var more = KnowledgeBuilders.ValidDocument();
        more.Articles.Add(new AfterSalesBot.Knowledge.Articles.Article
        {
            Code = "KB-2", TitleEn = "Water leaking", TitleZh = "热水器漏水怎么办", BodyEn = "Close the inlet valve.", BodyZh = "关闭进水阀。",
        });
        await store.ImportAsync([("b.json", more)]);

        Assert.Equal("KB-2", store.Search.Search("漏水").First().Code);
    }
}

/// <summary>The importer on a database of the run's throwaway PostgreSQL cluster.</summary>
public sealed class KnowledgeImporterOnPostgreSqlTests() : KnowledgeImporterTests(StorageEngine.PostgreSql);
