using AfterSalesBot.Knowledge.Articles;
using AfterSalesBot.Knowledge.Catalog;
using AfterSalesBot.Knowledge.Policies;
using AfterSalesBot.Knowledge.Records;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Knowledge.Data;

/// <summary>The Knowledge module's own data. One subclass per provider carries that provider's migrations.</summary>
public abstract class KnowledgeDbContext(DbContextOptions options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__KnowledgeMigrationsHistory";

    public DbSet<ServiceZone> Zones => Set<ServiceZone>();
    public DbSet<ProductLine> ProductLines => Set<ProductLine>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<WarrantyPolicy> Policies => Set<WarrantyPolicy>();
    public DbSet<FeeSchedule> FeeSchedules => Set<FeeSchedule>();
    public DbSet<ServiceLevel> ServiceLevels => Set<ServiceLevel>();
    public DbSet<PurchaseRecord> Purchases => Set<PurchaseRecord>();
    public DbSet<RepairRecord> Repairs => Set<RepairRecord>();
    public DbSet<Article> Articles => Set<Article>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KnowledgeDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
        configurationBuilder.Properties<string>().HaveMaxLength(512);
    }
}

public sealed class SqliteKnowledgeDbContext(DbContextOptions<SqliteKnowledgeDbContext> options) : KnowledgeDbContext(options);

public sealed class SqlServerKnowledgeDbContext(DbContextOptions<SqlServerKnowledgeDbContext> options) : KnowledgeDbContext(options);

public sealed class PostgreSqlKnowledgeDbContext(DbContextOptions<PostgreSqlKnowledgeDbContext> options) : KnowledgeDbContext(options);
