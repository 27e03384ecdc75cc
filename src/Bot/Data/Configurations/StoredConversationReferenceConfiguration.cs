using AfterSalesBot.Bot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSalesBot.Bot.Data.Configurations;

internal sealed class StoredConversationReferenceConfiguration : IEntityTypeConfiguration<StoredConversationReference>
{
    public void Configure(EntityTypeBuilder<StoredConversationReference> builder)
    {
        builder.ToTable("ConversationReferences");
        builder.HasKey(r => r.ConversationId);
        builder.Property(r => r.ConversationId).HasMaxLength(StorageLimits.IdLength);
        builder.Property(r => r.ChannelId).HasMaxLength(StorageLimits.ShortText);
        builder.Property(r => r.ServiceUrl).HasMaxLength(StorageLimits.UrlLength);
        builder.Property(r => r.UserId).HasMaxLength(StorageLimits.IdLength);
        builder.Property(r => r.UserName).HasMaxLength(StorageLimits.NameLength);
        builder.Property(r => r.BotId).HasMaxLength(StorageLimits.IdLength);
        builder.Property(r => r.BotName).HasMaxLength(StorageLimits.NameLength);
        builder.Property(r => r.TenantId).HasMaxLength(StorageLimits.ShortText);
        builder.Property(r => r.ConversationType).HasMaxLength(StorageLimits.ShortText);
        builder.Property(r => r.Locale).HasMaxLength(StorageLimits.ShortText);
        builder.Property(r => r.LastActivityId).HasMaxLength(StorageLimits.IdLength);
        // A customer's other conversations, for their data rights (Privacy/ConversationPrivacy).
        builder.HasIndex(r => new { r.ChannelId, r.UserId });
    }
}
