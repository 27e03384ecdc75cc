using AfterSalesBot.Bot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSalesBot.Bot.Data.Configurations;

internal sealed class OutboxItemConfiguration : IEntityTypeConfiguration<OutboxItem>
{
    public void Configure(EntityTypeBuilder<OutboxItem> builder)
    {
        builder.ToTable("Outbox");
        builder.HasKey(o => new { o.ConversationId, o.Sequence });
        builder.Property(o => o.ConversationId).HasMaxLength(StorageLimits.IdLength);
        builder.Property(o => o.ChannelId).HasMaxLength(StorageLimits.ShortText);
        builder.Property(o => o.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.LastError).HasMaxLength(2000);
        builder.Property(o => o.ClaimedBy).HasMaxLength(StorageLimits.ShortText);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasIndex(o => new { o.State, o.NextAttemptAt });
    }
}
