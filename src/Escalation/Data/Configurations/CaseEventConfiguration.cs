using AfterSalesBot.Escalation.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSalesBot.Escalation.Data.Configurations;

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> b)
    {
        b.ToTable("CaseEvents");
        b.HasKey(e => e.Id);
        b.Property(e => e.CaseNumber).HasMaxLength(32);
        b.Property(e => e.Kind).HasMaxLength(64);
        b.Property(e => e.Actor).HasMaxLength(256);
        b.Property(e => e.Detail).HasMaxLength(2000);
        b.HasOne<EscalatedCase>().WithMany().HasForeignKey(e => e.CaseNumber).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.CaseNumber, e.At });
    }
}
