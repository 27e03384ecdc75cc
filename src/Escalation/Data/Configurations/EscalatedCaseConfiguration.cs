using AfterSalesBot.Escalation.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSalesBot.Escalation.Data.Configurations;

internal sealed class EscalatedCaseConfiguration : IEntityTypeConfiguration<EscalatedCase>
{
    public void Configure(EntityTypeBuilder<EscalatedCase> b)
    {
        b.ToTable("Cases");
        b.HasKey(c => c.Number);
        b.Property(c => c.Number).HasMaxLength(32);
        b.Property(c => c.ConversationId).HasMaxLength(256);
        b.Property(c => c.ChannelId).HasMaxLength(64);
        b.Property(c => c.Locale).HasMaxLength(16);
        b.Property(c => c.Reason).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.Priority).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.PhoneLastFour).HasMaxLength(4);
        b.Property(c => c.Assignee).HasMaxLength(256);
        b.Property(c => c.Team).HasMaxLength(64);
        b.Property(c => c.Outcome).HasMaxLength(2000);
        b.Property(c => c.Version).IsConcurrencyToken();
        // No length: nvarchar(max) on SQL Server, TEXT on SQLite.
        b.Property(c => c.Sheet).HasConversion(SheetJson.Converter, SheetJson.Comparer).HasColumnName("SheetJson");
        b.Property(c => c.HandBackStep).HasMaxLength(32);
        b.Property(c => c.HandBackRemedy).HasConversion(SheetJson.RemedyConverter!, SheetJson.RemedyComparer!).HasColumnName("HandBackRemedyJson");
        b.HasIndex(c => new { c.Status, c.Priority, c.FirstResponseDue });
        b.HasIndex(c => c.OpenedAt);
        b.HasIndex(c => c.ConversationId);
        b.Property(c => c.OpeningKey).HasMaxLength(400);
        b.HasIndex(c => c.OpeningKey).IsUnique().HasFilter("OpeningKey IS NOT NULL");
        b.HasIndex(c => new { c.Assignee, c.Status });
    }
}
