using AfterSalesBot.Escalation.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSalesBot.Escalation.Data.Configurations;

internal sealed class RemedyOfferConfiguration : IEntityTypeConfiguration<RemedyOffer>
{
    public void Configure(EntityTypeBuilder<RemedyOffer> b)
    {
        b.ToTable("RemedyOffers");
        b.HasKey(o => o.Id);
        b.Property(o => o.Id).ValueGeneratedNever();
        b.Property(o => o.CaseNumber).HasMaxLength(32);
        b.Property(o => o.ConversationId).HasMaxLength(256);
        b.Property(o => o.OfferedBy).HasMaxLength(256);
        b.Property(o => o.ApprovedBy).HasMaxLength(256);
        b.Property(o => o.RemedyKind).HasMaxLength(64);
        b.Property(o => o.RemedyCurrency).HasMaxLength(3);
        b.Property(o => o.RemedyGrantedBy).HasMaxLength(256);
        b.Property(o => o.RemedyDescription).HasMaxLength(2000);
        b.Property(o => o.PolicyCode).HasMaxLength(64);
        b.Ignore(o => o.Remedy);
        b.HasOne<EscalatedCase>().WithMany().HasForeignKey(o => o.CaseNumber).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(o => new { o.CaseNumber, o.Sequence }).IsUnique();
    }
}

internal sealed class RemedyAnswerConfiguration : IEntityTypeConfiguration<RemedyAnswer>
{
    public void Configure(EntityTypeBuilder<RemedyAnswer> b)
    {
        b.ToTable("RemedyAnswers");
        // The offer's id is the key: one answer per offer, enforced by the database.
        b.HasKey(a => a.OfferId);
        b.Property(a => a.OfferId).ValueGeneratedNever();
        b.Property(a => a.Answer).HasMaxLength(16);
        b.HasOne<RemedyOffer>().WithOne().HasForeignKey<RemedyAnswer>(a => a.OfferId).OnDelete(DeleteBehavior.Restrict);
    }
}
