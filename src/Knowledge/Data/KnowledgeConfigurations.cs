using AfterSalesBot.Knowledge.Articles;
using AfterSalesBot.Knowledge.Catalog;
using AfterSalesBot.Knowledge.Policies;
using AfterSalesBot.Knowledge.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSalesBot.Knowledge.Data;

// Natural keys are the primary keys, so import is an upsert by key and export is the table as it is.
// Nested lists of objects are stored as JSON columns (both providers); lists of strings as primitive collections.

internal sealed class ServiceZoneConfiguration : IEntityTypeConfiguration<ServiceZone>
{
    public void Configure(EntityTypeBuilder<ServiceZone> b)
    {
        b.ToTable("ServiceZones");
        b.HasKey(z => z.Code);
        b.Property(z => z.Code).HasMaxLength(32);
        b.PrimitiveCollection(z => z.Places).HasMaxLength(4000);
    }
}

internal sealed class ProductLineConfiguration : IEntityTypeConfiguration<ProductLine>
{
    public void Configure(EntityTypeBuilder<ProductLine> b)
    {
        b.ToTable("ProductLines");
        b.HasKey(l => l.Code);
        b.Property(l => l.Code).HasMaxLength(32);
    }
}

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.ToTable("Products");
        b.HasKey(p => p.Model);
        b.Property(p => p.Model).HasMaxLength(64);
        b.Property(p => p.LineCode).HasMaxLength(32);
        b.HasIndex(p => p.LineCode);
        b.PrimitiveCollection(p => p.Aliases).HasMaxLength(4000);
        b.OwnsMany(p => p.Consumables, o => o.ToJson());
    }
}

internal sealed class WarrantyPolicyConfiguration : IEntityTypeConfiguration<WarrantyPolicy>
{
    public void Configure(EntityTypeBuilder<WarrantyPolicy> b)
    {
        b.ToTable("WarrantyPolicies");
        b.HasKey(p => p.Code);
        b.Property(p => p.Code).HasMaxLength(64);
        b.OwnsMany(p => p.Covered, o => o.ToJson());
        b.OwnsMany(p => p.Exclusions, o =>
        {
            o.ToJson();
            o.Property(e => e.Effect).HasConversion<string>();
        });
        b.PrimitiveCollection(p => p.AlwaysPaidParts).HasMaxLength(4000);
    }
}

internal sealed class FeeScheduleConfiguration : IEntityTypeConfiguration<FeeSchedule>
{
    public void Configure(EntityTypeBuilder<FeeSchedule> b)
    {
        b.ToTable("FeeSchedules");
        b.HasKey(f => f.Code);
        b.Property(f => f.Code).HasMaxLength(64);
        b.Property(f => f.Currency).HasMaxLength(3);
        b.OwnsMany(f => f.Parts, o => o.ToJson());
        b.OwnsMany(f => f.OnSiteByZone, o => o.ToJson());
    }
}

internal sealed class ServiceLevelConfiguration : IEntityTypeConfiguration<ServiceLevel>
{
    public void Configure(EntityTypeBuilder<ServiceLevel> b)
    {
        b.ToTable("ServiceLevels");
        b.HasKey(s => s.Code);
        b.Property(s => s.Code).HasMaxLength(64);
        b.OwnsMany(s => s.OnSiteByZone, o => o.ToJson());
    }
}

internal sealed class PurchaseRecordConfiguration : IEntityTypeConfiguration<PurchaseRecord>
{
    public void Configure(EntityTypeBuilder<PurchaseRecord> b)
    {
        b.ToTable("Purchases");
        b.HasKey(p => p.Serial);
        b.Property(p => p.Serial).HasMaxLength(64);
        b.Property(p => p.Model).HasMaxLength(64);
        b.Property(p => p.OrderNumber).HasMaxLength(64);
        b.Property(p => p.Zone).HasMaxLength(32);
        b.HasIndex(p => p.OrderNumber);
        b.HasIndex(p => p.Model);
    }
}

internal sealed class RepairRecordConfiguration : IEntityTypeConfiguration<RepairRecord>
{
    public void Configure(EntityTypeBuilder<RepairRecord> b)
    {
        b.ToTable("Repairs");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).HasMaxLength(64);
        b.Property(r => r.Serial).HasMaxLength(64);
        b.Property(r => r.FaultCode).HasMaxLength(64);
        b.Property(r => r.Outcome).HasMaxLength(32);
        b.HasIndex(r => r.Serial);
    }
}

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> b)
    {
        b.ToTable("Articles");
        b.HasKey(a => a.Code);
        b.Property(a => a.Code).HasMaxLength(64);
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(a => a.BodyEn).HasMaxLength(16000);
        b.Property(a => a.BodyZh).HasMaxLength(16000);
        b.PrimitiveCollection(a => a.Products).HasMaxLength(4000);
        b.PrimitiveCollection(a => a.Symptoms).HasMaxLength(4000);
    }
}
