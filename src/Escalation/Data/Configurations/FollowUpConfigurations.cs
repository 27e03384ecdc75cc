using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.FollowUps;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSalesBot.Escalation.Data.Configurations;

internal sealed class ScheduledFollowUpConfiguration : IEntityTypeConfiguration<ScheduledFollowUp>
{
    public void Configure(EntityTypeBuilder<ScheduledFollowUp> b)
    {
        b.ToTable("ScheduledFollowUps");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).ValueGeneratedNever();
        b.Property(f => f.CaseNumber).HasMaxLength(32);
        b.Property(f => f.ConversationId).HasMaxLength(256);
        b.Property(f => f.Kind).HasMaxLength(32);
        b.Property(f => f.Status).HasMaxLength(16);
        b.Property(f => f.ClaimedBy).HasMaxLength(128);
        b.Property(f => f.LastError).HasMaxLength(2000);
        b.Property(f => f.Version).IsConcurrencyToken();
        b.HasOne<EscalatedCase>().WithMany().HasForeignKey(f => f.CaseNumber).OnDelete(DeleteBehavior.Restrict);
        // The scheduler's query: what is pending (or claimed) and due.
        b.HasIndex(f => new { f.Status, f.NextAttemptAt });
        b.HasIndex(f => new { f.CaseNumber, f.Status });
    }
}

internal sealed class FollowUpResultConfiguration : IEntityTypeConfiguration<FollowUpResult>
{
    public void Configure(EntityTypeBuilder<FollowUpResult> b)
    {
        b.ToTable("FollowUpResults");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.CaseNumber).HasMaxLength(32);
        b.Property(r => r.Outcome).HasMaxLength(16);
        b.Property(r => r.Comment).HasMaxLength(2000);
        b.HasOne<EscalatedCase>().WithMany().HasForeignKey(r => r.CaseNumber).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => r.At);
        b.HasIndex(r => r.CaseNumber);
        b.Property(r => r.AnswerKey).HasMaxLength(400);
        b.HasIndex(r => r.AnswerKey).IsUnique().HasFilter("AnswerKey IS NOT NULL");
    }
}
