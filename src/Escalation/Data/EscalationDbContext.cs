using AfterSalesBot.Escalation.Approvals;
using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.FollowUps;
using AfterSalesBot.Escalation.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AfterSalesBot.Escalation.Data;

/// <summary>The Escalation module's own data. One subclass per provider carries that provider's migrations.</summary>
public abstract class EscalationDbContext(DbContextOptions options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__EscalationMigrationsHistory";

    public DbSet<EscalatedCase> Cases => Set<EscalatedCase>();
    public DbSet<CaseEvent> Events => Set<CaseEvent>();
    public DbSet<HandlingAgreement> Agreements => Set<HandlingAgreement>();
    public DbSet<RemedyOffer> Offers => Set<RemedyOffer>();
    public DbSet<RemedyAnswer> Answers => Set<RemedyAnswer>();
    public DbSet<StatusCheckFailure> StatusCheckFailures => Set<StatusCheckFailure>();
    public DbSet<StatusCheckProof> StatusCheckProofs => Set<StatusCheckProof>();
    public DbSet<CaseNote> Notes => Set<CaseNote>();
    public DbSet<ApprovalRequest> Approvals => Set<ApprovalRequest>();
    public DbSet<StaffAccount> StaffAccounts => Set<StaffAccount>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<ScheduledFollowUp> FollowUps => Set<ScheduledFollowUp>();
    public DbSet<FollowUpResult> FollowUpResults => Set<FollowUpResult>();
    internal DbSet<CaseNumberCounter> CaseNumberCounters => Set<CaseNumberCounter>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AppendOnly.Check(ChangeTracker);
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AppendOnly.Check(ChangeTracker);
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Every change to a case increments its <see cref="EscalatedCase.Version"/>; the update is conditional on
    /// the version read, so a concurrent change makes it fail with <see cref="DbUpdateConcurrencyException"/>.</summary>
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<EscalatedCase>().Where(e => e.State == EntityState.Modified))
            entry.Entity.Version++;
        foreach (var entry in ChangeTracker.Entries<ApprovalRequest>().Where(e => e.State == EntityState.Modified))
            entry.Entity.Version++;
        foreach (var entry in ChangeTracker.Entries<ScheduledFollowUp>().Where(e => e.State == EntityState.Modified))
            entry.Entity.Version++;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EscalationDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
        configurationBuilder.Properties<string>().HaveMaxLength(512);
    }
}

public sealed class SqliteEscalationDbContext(DbContextOptions<SqliteEscalationDbContext> options) : EscalationDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite cannot order or compare DateTimeOffset natively; store UTC ticks so the queue query translates.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class SqlServerEscalationDbContext(DbContextOptions<SqlServerEscalationDbContext> options) : EscalationDbContext(options);

public sealed class PostgreSqlEscalationDbContext(DbContextOptions<PostgreSqlEscalationDbContext> options) : EscalationDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // PostgreSQL folds unquoted names to lower case; the shared filter names the column bare.
        modelBuilder.Entity<EscalatedCase>().HasIndex(c => c.OpeningKey).HasFilter("\"OpeningKey\" IS NOT NULL");
        modelBuilder.Entity<FollowUpResult>().HasIndex(r => r.AnswerKey).HasFilter("\"AnswerKey\" IS NOT NULL");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }
}
