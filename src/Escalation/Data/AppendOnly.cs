using AfterSalesBot.Escalation.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace AfterSalesBot.Escalation.Data;

/// <summary>Case history and handling agreements are records of what happened: added once, never changed.</summary>
internal static class AppendOnly
{
    public static void Check(ChangeTracker tracker)
    {
        var changed = tracker.Entries()
            .FirstOrDefault(e => e.Entity is CaseEvent or HandlingAgreement && e.State is EntityState.Modified or EntityState.Deleted);
        if (changed is not null)
            throw new InvalidOperationException($"A {changed.Entity.GetType().Name} is immutable once recorded ({changed.State}).");
    }
}
