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
        builder.Property(c => c.ChannelId).HasMaxLength(StorageLimits.ShortText);
        builder.Property(c => c.Locale).HasMaxLength(StorageLimits.ShortText);
    }
}
