using AfterSalesBot.Bot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSalesBot.Bot.Data.Configurations;

internal sealed class DirectLineConversationConfiguration : IEntityTypeConfiguration<DirectLineConversation>
{
    public void Configure(EntityTypeBuilder<DirectLineConversation> builder)
    {
        builder.ToTable("DirectLineConversations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(StorageLimits.IdLength);
        builder.Property(c => c.UserId).HasMaxLength(StorageLimits.IdLength);
        builder.HasIndex(c => c.UserId);
    }
}

internal sealed class DirectLineAttachmentConfiguration : IEntityTypeConfiguration<DirectLineAttachment>
{
    public void Configure(EntityTypeBuilder<DirectLineAttachment> builder)
    {
        builder.ToTable("DirectLineAttachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(64);
        builder.Property(a => a.ConversationId).HasMaxLength(StorageLimits.IdLength);
        builder.Property(a => a.ContentType).HasMaxLength(StorageLimits.NameLength);
        builder.Property(a => a.Name).HasMaxLength(StorageLimits.NameLength);
        builder.HasIndex(a => a.ConversationId);
        builder.HasIndex(a => a.UploadedAt);
    }
}
