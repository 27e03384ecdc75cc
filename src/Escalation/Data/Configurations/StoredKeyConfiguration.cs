using AfterSalesBot.Escalation.Console.KeyRing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSalesBot.Escalation.Data.Configurations;

internal sealed class StoredKeyConfiguration : IEntityTypeConfiguration<StoredKey>
{
    public void Configure(EntityTypeBuilder<StoredKey> builder)
    {
        builder.ToTable("DataProtectionKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.FriendlyName).HasMaxLength(128);
        // A key's XML is about 1 KB; longer than 4,000 characters it becomes nvarchar(max) on SQL Server.
        builder.Property(k => k.Xml).HasMaxLength(16_000);
        builder.HasIndex(k => k.FriendlyName).IsUnique();
    }
}
