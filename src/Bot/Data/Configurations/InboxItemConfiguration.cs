using AfterSalesBot.Bot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSalesBot.Bot.Data.Configurations;

internal sealed class InboxItemConfiguration : IEntityTypeConfiguration<InboxItem>
{
    public void Configure(EntityTypeBuilder<InboxItem> builder)
    {
        builder.ToTable("Inbox");
        builder.HasKey(i => new { i.ConversationId, i.ActivityId });
        builder.Property(i => i.ConversationId).HasMaxLength(StorageLimits.IdLength);
        builder.Property(i => i.ActivityId).HasMaxLength(StorageLimits.IdLength);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Error).HasMaxLength(StorageLimits.UrlLength);
        builder.HasIndex(i => i.ReceivedAt);
        // A conversation's unprocessed inbox is "after its last processed sequence": the lease keeper's look and a drain's
        // read search this index from there, instead of every row the conversation ever had (ADR 0052).
        builder.HasIndex(i => new { i.ConversationId, i.Sequence });
    }
}
