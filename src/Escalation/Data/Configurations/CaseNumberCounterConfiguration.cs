using AfterSalesBot.Escalation.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSalesBot.Escalation.Data.Configurations;

internal sealed class CaseNumberCounterConfiguration : IEntityTypeConfiguration<CaseNumberCounter>
{
    public void Configure(EntityTypeBuilder<CaseNumberCounter> b)
    {
        b.ToTable("CaseNumberCounters");
        b.HasKey(c => c.Day);
        b.Property(c => c.Day).ValueGeneratedNever();
    }
}
