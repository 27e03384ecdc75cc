using AfterSalesBot.Bot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSalesBot.Bot.Data.Configurations;

internal sealed class TranscriptEntryConfiguration : IEntityTypeConfiguration<TranscriptEntry>
{
    public void Configure(EntityTypeBuilder<TranscriptEntry> builder)
    {
        builder.ToTable("TranscriptEntries");
        builder.HasKey(t => new { t.ConversationId, t.Sequence });
        builder.Property(t => t.ConversationId).HasMaxLength(StorageLimits.IdLength);
        builder.Property(t => t.ActivityId).HasMaxLength(StorageLimits.IdLength);
        builder.Property(t => t.Direction).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Type).HasMaxLength(StorageLimits.ShortText);
        builder.Property(t => t.ChannelId).HasMaxLength(StorageLimits.ShortText);
        builder.Property(t => t.SenderRole).HasMaxLength(StorageLimits.ShortText);
        builder.Property(t => t.SenderId).HasMaxLength(StorageLimits.IdLength);
        builder.Property(t => t.SenderName).HasMaxLength(StorageLimits.NameLength);
        builder.Property(t => t.Locale).HasMaxLength(StorageLimits.ShortText);
        builder.HasIndex(t => t.Timestamp);
    }
}
