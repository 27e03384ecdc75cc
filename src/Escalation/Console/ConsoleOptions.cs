namespace AfterSalesBot.Escalation.Console;

/// <summary>Section "Console": the staff and supervisor console.</summary>
public sealed class ConsoleOptions
{
    public const string Section = "Console";

    /// <summary>Goodwill or discount staff may grant without a supervisor, in the case's currency. Default: 200.</summary>
    public decimal StaffCreditCap { get; set; } = 200m;

    /// <summary>The largest sum any money field of a described remedy may hold (refund, fee or credit), in the case's currency:
    /// a guard against a slipped key, not a policy. Default: 100 000.</summary>
    public decimal RemedyAmountLimit { get; set; } = 100_000m;

    /// <summary>How long a sign-in lasts without activity. Default: 8 hours (a shift).</summary>
    public TimeSpan SignInLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Optional sign-in with OpenID Connect (e.g. Microsoft Entra ID); off while <see cref="OpenIdConnectOptions.Authority"/> is empty.</summary>
    public OpenIdConnectOptions OpenIdConnect { get; set; } = new();

    public sealed class OpenIdConnectOptions
    {
        /// <summary>e.g. https://login.microsoftonline.com/{tenant}/v2.0</summary>
        public string? Authority { get; set; }
        public string? ClientId { get; set; }

        /// <summary>Never in the repository: user secrets or the environment (Console__OpenIdConnect__ClientSecret).</summary>
        public string? ClientSecret { get; set; }

        /// <summary>The claim carrying app roles (Entra ID: "roles"); values Agent, Supervisor, Admin.</summary>
        public string RoleClaim { get; set; } = "roles";

        /// <summary>The claim naming the person uniquely (Entra ID: "oid").</summary>
        public string SubjectClaim { get; set; } = "oid";

        /// <summary>Metadata and keys only over HTTPS. Default: true; false only for a local test provider on loopback.</summary>
        public bool RequireHttpsMetadata { get; set; } = true;

        /// <summary>The button's label on the sign-in page.</summary>
        public string DisplayName { get; set; } = "Microsoft Entra ID";

        public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
    }
}
