using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Escalation.Cases;

/// <summary>Customers are told a person's display name ("Li Wei"), never the login ("alice").</summary>
internal static class StaffNames
{
    public static async Task<string> DisplayNameAsync(EscalationDbContext db, string userName, CancellationToken ct) =>
        await db.StaffAccounts.AsNoTracking().Where(a => a.UserName == userName).Select(a => a.DisplayName).FirstOrDefaultAsync(ct) is { Length: > 0 } name
            ? name : userName;
}
