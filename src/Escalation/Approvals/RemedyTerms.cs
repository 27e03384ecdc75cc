using System.Text.RegularExpressions;
using AfterSalesBot.Escalation.Cases;

namespace AfterSalesBot.Escalation.Approvals;

/// <summary>A labelled sum of money on a remedy: which way it flows is in the name, never in a sign the agent has to know.</summary>
public enum RemedyMoney
{
    /// <summary>Paid back to the customer (a refund).</summary>
    RefundToCustomer,

    /// <summary>What the customer pays (a fee, a price difference, what is left after a discount).</summary>
    FeeCustomerPays,

    /// <summary>Given to the customer (goodwill credit, the discount itself).</summary>
    CreditGranted,
}

/// <summary>The sums an agent typed into the labelled fields of the approval form; empty fields are null.</summary>
public sealed record RemedyAmounts(decimal? RefundToCustomer = null, decimal? FeeCustomerPays = null, decimal? CreditGranted = null)
{
    public decimal? this[RemedyMoney field] => field switch
    {
        RemedyMoney.RefundToCustomer => RefundToCustomer,
        RemedyMoney.FeeCustomerPays => FeeCustomerPays,
        _ => CreditGranted,
    };
}

/// <summary>A described remedy, or why it cannot be one: <see cref="Problem"/> is a console text key, <see cref="Field"/> the field it is about.</summary>
public sealed record RemedyTermsResult(SheetRemedy? Remedy, string? Problem = null, RemedyMoney? Field = null);

/// <summary>
/// What each remedy kind's money means (issue 15, item 1; ADR 0016): the approval form has one labelled field per sum, only
/// the kind's own fields may be filled, and the remedy's <see cref="SheetRemedy.Cost"/> — what the customer pays, negative for
/// money that goes to the customer, as the coverage decision's <c>CostToCustomer</c> — is built here and nowhere else.
/// </summary>
public static partial class RemedyTerms
{
    /// <summary>The kinds staff may describe in the approval form, in the order the form lists them.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["Goodwill", "Discount", "Refund", "Replacement", "WarrantyExtension", "FreeRepair", "OnSiteVisit"];

    /// <summary>The fields a kind uses, and whether each must be filled.</summary>
    public static IReadOnlyList<(RemedyMoney Field, bool Required)> FieldsFor(string kind) => kind switch
    {
        "Refund" => [(RemedyMoney.RefundToCustomer, true)],
        "Goodwill" => [(RemedyMoney.CreditGranted, true)],
        "Discount" => [(RemedyMoney.CreditGranted, true), (RemedyMoney.FeeCustomerPays, true)],
        "Replacement" or "OnSiteVisit" => [(RemedyMoney.FeeCustomerPays, false)],
        _ => [],
    };

    /// <summary>Checks the sums against the kind and the limits and builds the remedy; a credit above
    /// <paramref name="staffCreditCap"/> (and every refund, replacement and extension) is marked for a supervisor.</summary>
    public static RemedyTermsResult Build(string kind, RemedyAmounts amounts, string? currency, string description, decimal staffCreditCap,
        decimal amountLimit)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        if (!Kinds.Contains(kind)) return new(null, "Approval.UnknownKind");
        if (string.IsNullOrWhiteSpace(description)) return new(null, "Approval.ChooseRemedy");
        var code = string.IsNullOrWhiteSpace(currency) ? "CNY" : currency.Trim().ToUpperInvariant();
        if (!CurrencyCode().IsMatch(code)) return new(null, "Approval.BadCurrency");
        var fields = FieldsFor(kind);
        foreach (var field in Enum.GetValues<RemedyMoney>())
        {
            var amount = amounts[field];
            var use = fields.Where(f => f.Field == field).Select(f => (bool?)f.Required).FirstOrDefault();
            if (amount is null)
            {
                if (use == true) return new(null, "Approval.AmountRequired", field);
                continue;
            }
            if (use is null) return new(null, "Approval.AmountNotForKind", field);
            // A refund or a credit of nothing is no remedy; a fee of nothing is a free one.
            var least = field == RemedyMoney.FeeCustomerPays ? 0m : 0.01m;
            if (amount < least || decimal.Round(amount.Value, 2) != amount) return new(null, "Approval.AmountInvalid", field);
            if (amount > amountLimit) return new(null, "Approval.AmountAboveLimit", field);
        }

        var cost = kind switch
        {
            "Refund" => -amounts.RefundToCustomer!.Value,
            "Goodwill" => -amounts.CreditGranted!.Value,
            _ => amounts.FeeCustomerPays ?? 0m,
        };
        var credit = amounts.CreditGranted ?? 0m;
        var remedy = new SheetRemedy(kind, cost, code, RemedyAuthority.Staff, description.Trim());
        return new(RemedyAuthority.NeedsSupervisor(kind, credit, staffCreditCap) ? remedy with { GrantedBy = RemedyAuthority.Supervisor } : remedy);
    }

    /// <summary>The sum a person or the customer should read for a remedy, labelled: a refund is always money back (records
    /// made before the labelled fields may carry it as a positive cost); a negative cost is a credit; a positive one a fee.</summary>
    public static (RemedyMoney Field, decimal Amount)? MoneyOf(SheetRemedy remedy)
    {
        ArgumentNullException.ThrowIfNull(remedy);
        if (remedy.Cost == 0m) return null;
        if (remedy.Kind == "Refund") return (RemedyMoney.RefundToCustomer, Math.Abs(remedy.Cost));
        return remedy.Cost < 0m ? (RemedyMoney.CreditGranted, -remedy.Cost) : (RemedyMoney.FeeCustomerPays, remedy.Cost);
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
