namespace AfterSalesBot.Escalation.Staff;

/// <summary>The console's roles. A supervisor can do what an agent can; an admin manages accounts.</summary>
public static class StaffRoles
{
    public const string Agent = "Agent";
    public const string Supervisor = "Supervisor";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Agent, Supervisor, Admin];

    /// <summary>Policy names the console's pages and hubs require.</summary>
    public static class Policies
    {
        /// <summary>Agent, Supervisor or Admin: the queue, cases, live chat.</summary>
        public const string Staff = "Staff";

        /// <summary>Supervisor or Admin: approvals, transcripts, exports, KPIs.</summary>
        public const string Supervisor = "Supervisor";

        /// <summary>Admin: accounts.</summary>
        public const string Admin = "Admin";
    }

    /// <summary>Known roles only, in canonical spelling; unknown names are dropped.</summary>
    public static IReadOnlyList<string> Parse(string? roles) =>
        [.. (roles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(r => All.FirstOrDefault(k => string.Equals(k, r, StringComparison.OrdinalIgnoreCase)))
            .OfType<string>().Distinct()];
}
