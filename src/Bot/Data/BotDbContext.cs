using AfterSalesBot.Bot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Data;

/// <summary>
/// The channel layer's data: conversations, references, the inbox, the transcript, the outbox and the
/// Direct Line history. One subclass per provider carries that provider's migrations.
/// </summary>
public abstract class BotDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ConversationRecord> Conversations => Set<ConversationRecord>();
    public DbSet<StoredConversationReference> ConversationReferences => Set<StoredConversationReference>();
    public DbSet<TranscriptEntry> Transcript => Set<TranscriptEntry>();
    public DbSet<InboxItem> Inbox => Set<InboxItem>();
    public DbSet<OutboxItem> Outbox => Set<OutboxItem>();
    public DbSet<DirectLineConversation> DirectLineConversations => Set<DirectLineConversation>();
    public DbSet<DirectLineAttachment> DirectLineAttachments => Set<DirectLineAttachment>();
    public DbSet<ConversationLease> ConversationLeases => Set<ConversationLease>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BotDbContext).Assembly,
            t => t.Namespace == typeof(Configurations.ConversationRecordConfiguration).Namespace);
}

public sealed class SqliteBotDbContext(DbContextOptions<SqliteBotDbContext> options) : BotDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        // SQLite cannot order or compare DateTimeOffset natively; store UTC ticks so queries translate.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
}

public sealed class SqlServerBotDbContext(DbContextOptions<SqlServerBotDbContext> options) : BotDbContext(options);

public sealed class PostgreSqlBotDbContext(DbContextOptions<PostgreSqlBotDbContext> options) : BotDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // PostgreSQL's LIKE is case-sensitive; the searched columns are citext, so transcript search matches regardless of
        // case as it does on SQLite (ASCII) and SQL Server (its case-insensitive default collation).
        modelBuilder.HasPostgresExtension("citext");
        modelBuilder.Entity<Entities.ConversationRecord>().Property(c => c.Product).HasColumnType("citext");
        modelBuilder.Entity<Entities.TranscriptEntry>().Property(t => t.Text).HasColumnType("citext");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
}
