using AfterSalesBot.Escalation.Data;
using AfterSalesBot.Escalation.Staff;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Escalation.Cases;

/// <summary>Who counts as on duty: enabled accounts that signed in to the console within <see cref="SignedInRecently"/> (a shift).</summary>
internal static class StaffOnDuty
{
    /// <summary>The console's default sign-in lifetime: a shift.</summary>
    public static readonly TimeSpan SignedInRecently = TimeSpan.FromHours(8);

    /// <summary>The user names of signed-in accounts holding any of <paramref name="roles"/>, in name order.</summary>
    public static async Task<IReadOnlyList<string>> WithRolesAsync(EscalationDbContext db, DateTimeOffset now, IReadOnlyCollection<string> roles,
        CancellationToken ct)
    {
        var since = now - SignedInRecently;
        var signedIn = await db.StaffAccounts.AsNoTracking()
            .Where(a => !a.Disabled && a.LastSignInAt != null && a.LastSignInAt >= since)
            .Select(a => new { a.UserName, a.Roles })
            .ToListAsync(ct);
        return [.. signedIn.Where(a => StaffRoles.Parse(a.Roles).Any(roles.Contains)).Select(a => a.UserName).Order(StringComparer.Ordinal)];
    }

    public static Task<IReadOnlyList<string>> SupervisorsAsync(EscalationDbContext db, DateTimeOffset now, CancellationToken ct) =>
        WithRolesAsync(db, now, [StaffRoles.Supervisor], ct);
}
