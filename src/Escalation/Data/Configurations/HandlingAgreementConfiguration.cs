using AfterSalesBot.Escalation.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSalesBot.Escalation.Data.Configurations;

internal sealed class HandlingAgreementConfiguration : IEntityTypeConfiguration<HandlingAgreement>
{
    public void Configure(EntityTypeBuilder<HandlingAgreement> b)
    {
        b.ToTable("HandlingAgreements");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.CaseNumber).HasMaxLength(32);
        b.Property(a => a.ConversationId).HasMaxLength(256);
        b.Property(a => a.OfferedBy).HasMaxLength(256);
        b.Property(a => a.RemedyKind).HasMaxLength(64);
        b.Property(a => a.RemedyCurrency).HasMaxLength(3);
        b.Property(a => a.RemedyGrantedBy).HasMaxLength(256);
        b.Property(a => a.RemedyDescription).HasMaxLength(2000);
        b.Property(a => a.PolicyCode).HasMaxLength(64);
        b.Ignore(a => a.Remedy);
        b.HasOne<EscalatedCase>().WithMany().HasForeignKey(a => a.CaseNumber).OnDelete(DeleteBehavior.Restrict);
        // Not unique: a reopened case handed back to the bot may be agreed again.
        b.HasIndex(a => a.CaseNumber);
        b.HasIndex(a => a.ConversationId);
    }
}
