using AfterSalesBot.Escalation.Cases;

namespace AfterSalesBot.Escalation.Approvals;

/// <summary>
/// What staff may grant on their own (DOMAIN.md §5, §7): what the coverage decision says a person may grant,
/// and goodwill or discounts up to the staff cap. Refunds, replacements and warranty extensions the decision
/// reserved for a supervisor, and credits above the cap, need a supervisor's approval.
/// </summary>
public static class RemedyAuthority
{
    public const string Bot = "Bot";
    public const string Staff = "Staff";
    public const string Supervisor = "Supervisor";

    private static readonly string[] Credits = ["Goodwill", "Discount"];
    private static readonly string[] Reserved = ["Refund", "Replacement", "WarrantyExtension"];

    /// <summary>For a remedy staff describe (<see cref="RemedyTerms"/>): refunds, replacements and extensions always, and a credit
    /// (goodwill, or the discount itself) above the cap.</summary>
    public static bool NeedsSupervisor(string kind, decimal credit, decimal staffCreditCap) =>
        Reserved.Contains(kind) || (Credits.Contains(kind) && credit > staffCreditCap);

    public static bool NeedsSupervisor(SheetRemedy remedy, decimal staffCreditCap)
    {
        ArgumentNullException.ThrowIfNull(remedy);
        if (string.Equals(remedy.GrantedBy, Supervisor, StringComparison.OrdinalIgnoreCase)) return true;
        if (remedy.Kind == "WarrantyExtension") return true;
        return Credits.Contains(remedy.Kind) && Math.Abs(remedy.Cost) > staffCreditCap;
    }
}
