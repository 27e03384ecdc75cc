using AfterSalesBot.Escalation.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSalesBot.Escalation.Data.Configurations;

internal sealed class StatusCheckFailureConfiguration : IEntityTypeConfiguration<StatusCheckFailure>
{
    public void Configure(EntityTypeBuilder<StatusCheckFailure> b)
    {
        b.ToTable("StatusCheckFailures");
        b.HasKey(f => f.Id);
        b.Property(f => f.ConversationId).HasMaxLength(256);
        // No foreign key: an unknown number is recorded exactly like a known one.
        b.Property(f => f.CaseNumber).HasMaxLength(32);
        b.HasIndex(f => new { f.ConversationId, f.At });
        b.HasIndex(f => new { f.CaseNumber, f.At });
    }
}

internal sealed class StatusCheckProofConfiguration : IEntityTypeConfiguration<StatusCheckProof>
{
    public void Configure(EntityTypeBuilder<StatusCheckProof> b)
    {
        b.ToTable("StatusCheckProofs");
        b.HasKey(p => new { p.ConversationId, p.CaseNumber });
        b.Property(p => p.ConversationId).HasMaxLength(256);
        b.Property(p => p.CaseNumber).HasMaxLength(32);
        b.HasOne<EscalatedCase>().WithMany().HasForeignKey(p => p.CaseNumber).OnDelete(DeleteBehavior.Cascade);
    }
}
