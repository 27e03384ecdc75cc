using AfterSalesBot.Bot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSalesBot.Bot.Data.Configurations;

internal sealed class ConversationLeaseConfiguration : IEntityTypeConfiguration<ConversationLease>
{
    public void Configure(EntityTypeBuilder<ConversationLease> builder)
    {
        builder.ToTable("ConversationLeases");
        builder.HasKey(l => l.ConversationId);
        builder.Property(l => l.ConversationId).HasMaxLength(StorageLimits.IdLength);
        builder.Property(l => l.Owner).HasMaxLength(StorageLimits.ShortText);
        // Survivors look for leases that ran out (a dead owner's), and each owner for its own.
        builder.HasIndex(l => l.ExpiresAt);
        builder.HasIndex(l => l.Owner);
    }
}
