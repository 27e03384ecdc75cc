using System.Globalization;
using AfterSalesBot.Escalation.Approvals;
using AfterSalesBot.Escalation.Cases;

namespace AfterSalesBot.Escalation.Console;

/// <summary>A remedy as staff read it: the kind's name, its money labelled by direction, and who may grant it — never the
/// code or a bare signed number.</summary>
public static class RemedyLabels
{
    /// <summary>"Refund to the customer: 2,680.00 CNY", "The customer pays: 120.50 CNY", or "No charge".</summary>
    public static string Money(SheetRemedy remedy)
    {
        ArgumentNullException.ThrowIfNull(remedy);
        return RemedyTerms.MoneyOf(remedy) is var (field, amount)
            ? L.T("Remedy.Money." + field) + ": " + amount.ToString("#,0.00", CultureInfo.InvariantCulture) + " " + remedy.Currency
            : L.T("Remedy.NoCharge");
    }

    /// <summary>Who may grant it: bot, staff or a supervisor.</summary>
    public static string GrantedBy(string grantedBy) =>
        L.T("Remedy.By." + (grantedBy.ToUpperInvariant() switch
        {
            "BOT" => RemedyAuthority.Bot,
            "SUPERVISOR" => RemedyAuthority.Supervisor,
            _ => RemedyAuthority.Staff,
        }));

    /// <summary>Kind · money · who, for lists and hints.</summary>
    public static string Summary(SheetRemedy remedy) => $"{ConsoleLabels.Remedy(remedy.Kind)} · {Money(remedy)} · {GrantedBy(remedy.GrantedBy)}";
}
