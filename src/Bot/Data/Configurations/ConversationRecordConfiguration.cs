using AfterSalesBot.Bot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSalesBot.Bot.Data.Configurations;

internal sealed class ConversationRecordConfiguration : IEntityTypeConfiguration<ConversationRecord>
{
    public void Configure(EntityTypeBuilder<ConversationRecord> builder)
    {
        builder.ToTable("Conversations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(StorageLimits.IdLength);
        // The fence of a turn's commit (ADR 0028): it updates the row only if no other turn committed since it loaded it.
        builder.Property(c => c.TurnCount).IsConcurrencyToken();
        builder.Property(c => c.ChannelId).HasMaxLength(StorageLimits.ShortText);
        builder.Property(c => c.Locale).HasMaxLength(StorageLimits.ShortText);
        builder.Property(c => c.Product).HasMaxLength(StorageLimits.ShortText);
        builder.Property(c => c.Outcome).HasMaxLength(StorageLimits.ShortText);
        builder.Property(c => c.CaseNumber).HasMaxLength(StorageLimits.ShortText);
        builder.Property(c => c.Verdict).HasMaxLength(StorageLimits.ShortText);
        builder.Property(c => c.ReasonCodes).HasMaxLength(StorageLimits.NameLength);
        // Search and the KPIs filter on the day a conversation started.
        builder.HasIndex(c => c.CreatedAt);
        // Retention pages through silent conversations in this order (Privacy/ConversationRetention).
        builder.HasIndex(c => new { c.UpdatedAt, c.Id });
    }
}
