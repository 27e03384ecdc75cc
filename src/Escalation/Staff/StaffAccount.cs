namespace AfterSalesBot.Escalation.Staff;

/// <summary>
/// A person who signs in to the console: a local account (hashed password) or one that signs in through
/// OpenID Connect (no password; <see cref="ExternalSubject"/> links it).
/// </summary>
public sealed class StaffAccount
{
    /// <summary>The sign-in name, stored lower-case; the primary key and the name on case records.</summary>
    public required string UserName { get; init; }

    /// <summary>Shown to customers beside the agent's messages.</summary>
    public required string DisplayName { get; set; }

    /// <summary>ASP.NET Core Identity's PBKDF2 hash (<c>PasswordHasher</c>); null for an external-only account.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>Comma-separated <see cref="StaffRoles"/>.</summary>
    public required string Roles { get; set; }

    /// <summary>How many open cases the person may hold at once.</summary>
    public int Capacity { get; set; } = 5;

    /// <summary>Comma-separated product lines whose team queue the person works (empty: all).</summary>
    public string? Teams { get; set; }

    /// <summary>The console's language for this person: "en" or "zh".</summary>
    public string Language { get; set; } = "en";

    /// <summary>The time zone the console shows this person's times in (an IANA id such as "Europe/Berlin"); null: the
    /// staffed-hours zone, <c>Escalation:TimeZone</c> (default Asia/Shanghai).</summary>
    public string? TimeZone { get; set; }

    public bool Disabled { get; set; }
    public int FailedSignIns { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>The OpenID Connect subject ("oid" for Entra ID) this account signs in as, if any.</summary>
    public string? ExternalSubject { get; set; }

    /// <summary>Changes whenever the account's sessions must end (sign-out, password reset or change); each console
    /// cookie carries the stamp it was issued with and is refused once it differs.</summary>
    public string SecurityStamp { get; set; } = "";

    public IReadOnlyList<string> RoleList => StaffRoles.Parse(Roles);

    public bool IsIn(string role) => RoleList.Contains(role, StringComparer.Ordinal);
}
