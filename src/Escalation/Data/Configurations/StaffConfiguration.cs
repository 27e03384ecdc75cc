using AfterSalesBot.Escalation.Approvals;
using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSalesBot.Escalation.Data.Configurations;

internal sealed class StaffAccountConfiguration : IEntityTypeConfiguration<StaffAccount>
{
    public void Configure(EntityTypeBuilder<StaffAccount> b)
    {
        b.ToTable("StaffAccounts");
        b.HasKey(a => a.UserName);
        b.Property(a => a.UserName).HasMaxLength(128);
        b.Property(a => a.DisplayName).HasMaxLength(128);
        b.Property(a => a.PasswordHash).HasMaxLength(256);
        b.Property(a => a.Roles).HasMaxLength(64);
        b.Property(a => a.Teams).HasMaxLength(256);
        b.Property(a => a.Language).HasMaxLength(8);
        b.Property(a => a.TimeZone).HasMaxLength(64);
        b.Property(a => a.ExternalSubject).HasMaxLength(256);
        b.Property(a => a.SecurityStamp).HasMaxLength(64);
        b.Ignore(a => a.RoleList);
        b.HasIndex(a => a.ExternalSubject).IsUnique();
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditLog");
        b.HasKey(e => e.Id);
        b.Property(e => e.Actor).HasMaxLength(128);
        b.Property(e => e.Action).HasMaxLength(64);
        b.Property(e => e.Target).HasMaxLength(256);
        b.Property(e => e.Detail).HasMaxLength(2000);
        b.Property(e => e.RemoteAddress).HasMaxLength(64);
        b.HasIndex(e => e.At);
        b.HasIndex(e => new { e.Actor, e.At });
    }
}

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> b)
    {
        b.ToTable("CaseNotes");
        b.HasKey(n => n.Id);
        b.Property(n => n.CaseNumber).HasMaxLength(32);
        b.Property(n => n.Author).HasMaxLength(128);
        b.Property(n => n.Text).HasMaxLength(4000);
        b.HasOne<EscalatedCase>().WithMany().HasForeignKey(n => n.CaseNumber).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(n => new { n.CaseNumber, n.At });
    }
}

internal sealed class ApprovalRequestConfiguration : IEntityTypeConfiguration<ApprovalRequest>
{
    public void Configure(EntityTypeBuilder<ApprovalRequest> b)
    {
        b.ToTable("ApprovalRequests");
        b.HasKey(a => a.Id);
        b.Property(a => a.CaseNumber).HasMaxLength(32);
        b.Property(a => a.RequestedBy).HasMaxLength(128);
        b.Property(a => a.Justification).HasMaxLength(2000);
        b.Property(a => a.Status).HasMaxLength(16);
        b.Property(a => a.DecidedBy).HasMaxLength(128);
        b.Property(a => a.DecisionNote).HasMaxLength(2000);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.Property(a => a.Remedy).HasConversion(SheetJson.RemedyConverter, SheetJson.RemedyComparer).HasColumnName("RemedyJson");
        b.HasOne<EscalatedCase>().WithMany().HasForeignKey(a => a.CaseNumber).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.Status, a.RequestedAt });
        b.HasIndex(a => a.CaseNumber);
    }
}
