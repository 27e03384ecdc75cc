using AfterSalesBot.Escalation.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Escalation.Staff;

/// <summary>Why a sign-in was refused; the console shows one message for all of them (no account enumeration).</summary>
public enum SignInRefusal
{
    UnknownOrWrongPassword,
    LockedOut,
    Disabled,
}

/// <param name="PasswordChecked">Whether a hash was computed for the password (the account's, or the dummy for an unknown
/// name); false when refused before that: locked or disabled.</param>
public sealed record SignInResult(StaffAccount? Account, SignInRefusal? Refusal, DateTimeOffset? LockedUntil = null, bool PasswordChecked = false)
{
    public bool Succeeded => Account is not null;
}

/// <summary>The new account's details, as an admin (or the <c>staff add</c> command) gives them.</summary>
public sealed record NewStaffAccount(string UserName, string DisplayName, string? Password, IReadOnlyList<string> Roles, int Capacity = 5,
    string? Teams = null, string Language = "en", string? ExternalSubject = null, string? TimeZone = null);

/// <summary>
/// Local staff accounts: passwords hashed with ASP.NET Core Identity's PBKDF2 <see cref="PasswordHasher{TUser}"/>,
/// a lockout after repeated failures, roles from <see cref="StaffRoles"/>.
/// </summary>
public sealed partial class StaffDirectory(IDbContextFactory<EscalationDbContext> factory, TimeProvider time)
{
    public const int MinimumPasswordLength = 10;
    public const int FailuresBeforeLockout = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private static readonly PasswordHasher<StaffAccount> Hasher = new();

    // Verified when the user name is unknown, so a wrong name costs as long as a wrong password.
    private static readonly string DummyHash = Hasher.HashPassword(null!, "not-a-password-" + Guid.NewGuid());

    public static string Normalize(string userName) => userName.Trim().ToLowerInvariant();

    /// <summary>Null when the account is valid; otherwise what is wrong, as a sentence.</summary>
    public static string? Validate(NewStaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var name = Normalize(account.UserName);
        if (name.Length is < 2 or > 128 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@'))
            return "The user name must be 2–128 letters, digits, '.', '-', '_' or '@'.";
        if (string.IsNullOrWhiteSpace(account.DisplayName) || account.DisplayName.Length > 128)
            return "The display name is required (at most 128 characters).";
        // Unknown role names are dropped when stored, so they do not count: an account must keep a role it can use.
        if (StaffRoles.Parse(string.Join(",", account.Roles)).Count == 0) return $"At least one role is required: {string.Join(", ", StaffRoles.All)}.";
        if (account.Password is null && account.ExternalSubject is null) return "A password is required for a local account.";
        if (account.Password is { } p && PasswordProblem(p) is { } problem) return problem;
        if (account.Capacity is < 1 or > 100) return "The capacity must be between 1 and 100 open cases.";
        return TimeZoneProblem(account.TimeZone);
    }

    /// <summary>Null for one of the IANA ids the console offers (<see cref="Console.ConsoleTime.ZoneIds"/>) or none (the
    /// staffed-hours zone); otherwise what is wrong. The same rule for the admin's form, a person's own settings and the
    /// staff command.</summary>
    public static string? TimeZoneProblem(string? timeZone) =>
        string.IsNullOrWhiteSpace(timeZone) || Console.ConsoleTime.ZoneIds.Contains(timeZone.Trim(), StringComparer.Ordinal)
            ? null
            : $"'{timeZone}' is not a time zone this server knows; use an IANA id such as Asia/Shanghai or Europe/Berlin, or leave it empty.";

    /// <summary>The zone as stored: trimmed, or null for the staffed-hours zone.</summary>
    public static string? NormalizeTimeZone(string? timeZone) => string.IsNullOrWhiteSpace(timeZone) ? null : timeZone.Trim();

    public static string? PasswordProblem(string password) =>
        password.Length < MinimumPasswordLength ? $"The password must be at least {MinimumPasswordLength} characters." : null;

    /// <summary>Creates the account; false when the user name is taken.</summary>
    public async Task<bool> CreateAsync(NewStaffAccount account, CancellationToken ct)
    {
        if (Validate(account) is { } problem) throw new ArgumentException(problem, nameof(account));
        await using var db = factory.CreateDbContext();
        var name = Normalize(account.UserName);
        if (await db.StaffAccounts.AnyAsync(a => a.UserName == name, ct)) return false;
        var created = new StaffAccount
        {
            UserName = name,
            DisplayName = account.DisplayName.Trim(),
            Roles = string.Join(",", StaffRoles.Parse(string.Join(",", account.Roles))),
            Capacity = account.Capacity,
            Teams = string.IsNullOrWhiteSpace(account.Teams) ? null : account.Teams.Trim(),
            Language = account.Language == "zh" ? "zh" : "en",
            TimeZone = NormalizeTimeZone(account.TimeZone),
            ExternalSubject = account.ExternalSubject,
            SecurityStamp = NewStamp(),
            CreatedAt = time.GetUtcNow(),
        };
        if (account.Password is { } password) created.PasswordHash = Hasher.HashPassword(created, password);
        db.StaffAccounts.Add(created);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return false; // created by someone else at the same moment
        }
        return true;
    }

    public async Task<StaffAccount?> FindAsync(string userName, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var name = Normalize(userName);
        return await db.StaffAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.UserName == name, ct);
    }

    public async Task<StaffAccount?> FindByExternalSubjectAsync(string subject, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.StaffAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.ExternalSubject == subject, ct);
    }

    public async Task<IReadOnlyList<StaffAccount>> ListAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.StaffAccounts.AsNoTracking().OrderBy(a => a.UserName).ToListAsync(ct);
    }

    public async Task<bool> AnyAdminAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.StaffAccounts.AnyAsync(a => a.Roles.Contains(StaffRoles.Admin) && !a.Disabled, ct);
    }

    /// <summary>Changes what an admin may change; false when the account does not exist.</summary>
    public async Task<bool> UpdateAsync(string userName, Action<StaffAccount> change, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var name = Normalize(userName);
        var account = await db.StaffAccounts.SingleOrDefaultAsync(a => a.UserName == name, ct);
        if (account is null) return false;
        change(account);
        account.Roles = string.Join(",", StaffRoles.Parse(account.Roles));
        await db.SaveChangesAsync(ct);
        return true;
    }

    public Task<bool> SetPasswordAsync(string userName, string password, CancellationToken ct)
    {
        if (PasswordProblem(password) is { } problem) throw new ArgumentException(problem, nameof(password));
        return UpdateAsync(userName, a =>
        {
            a.PasswordHash = Hasher.HashPassword(a, password);
            a.FailedSignIns = 0;
            a.LockedUntil = null;
            a.SecurityStamp = NewStamp(); // every session signed in with the old password ends
        }, ct);
    }
}
