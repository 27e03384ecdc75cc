using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace AfterSalesBot.Escalation.Data;

/// <summary>Case history, handling agreements (with every offer and answer), notes and the audit log are records of what happened: added once, never changed.</summary>
internal static class AppendOnly
{
    public static void Check(ChangeTracker tracker)
    {
        var changed = tracker.Entries()
            .FirstOrDefault(e => e.Entity is CaseEvent or HandlingAgreement or RemedyOffer or RemedyAnswer or CaseNote or AuditEntry && e.State is EntityState.Modified or EntityState.Deleted);
        if (changed is not null)
            throw new InvalidOperationException($"A {changed.Entity.GetType().Name} is immutable once recorded ({changed.State}).");
    }
}
