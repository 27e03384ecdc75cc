namespace AfterSalesBot.Knowledge.Coverage;

internal sealed partial class CoverageCase
{
    /// <summary>What the customer asked for beyond the coverage remedies: an apology, compensation, an extension.</summary>
    private void AddWishedRemedies(Verdict verdict)
    {
        if (Facts.Wish == CustomerWish.ApologyOnly)
            _remedies.Add(Option(RemedyKind.ApologyAndThanks, 0m, null, Authority.Bot, Text("RemedyApology")));

        if (Facts.ExtensionAsked && Policy.MaxExtensionMonths > 0)
        {
            Reason(ReasonCodes.ExtensionAsked, Text("ExtensionAsked", Policy.MaxExtensionMonths));
            _remedies.Add(Option(RemedyKind.WarrantyExtension, 0m, null, Authority.Supervisor, Text("RemedyExtension", Policy.MaxExtensionMonths)));
        }

        if (verdict == Verdict.NeedsReview) return;
        if (Facts.Wish == CustomerWish.Compensation) AddGoodwill();

        // Asked for more than the policy gives: a supervisor may still approve it (DOMAIN.md §2 step 5).
        if (verdict is Verdict.Covered or Verdict.CoveredWithFee)
        {
            if (Facts.Wish == CustomerWish.Refund && _remedies.All(o => o.Kind != RemedyKind.Refund))
                _remedies.Add(Option(RemedyKind.Refund, 0m, request.ServiceLevel.SolutionHours, Authority.Supervisor, Text("RemedyRefund")));
            if (Facts.Wish == CustomerWish.Replacement && _remedies.All(o => o.Kind != RemedyKind.Replacement))
                _remedies.Add(Option(RemedyKind.Replacement, 0m, request.ServiceLevel.SolutionHours, Authority.Supervisor, Text("RemedyReplacement")));
        }
    }

    /// <summary>
    /// Goodwill up to the policy's cap is the bot's to give; above it, a supervisor's (DOMAIN.md §7). When the customer
    /// has something to pay it is a discount on that; otherwise a credit (a negative cost).
    /// </summary>
    private void AddGoodwill()
    {
        var cap = Policy.GoodwillCap;
        var asked = Facts.CompensationAsked;
        var botAmount = Math.Min(cap, asked ?? cap);
        var free = _remedies.Any(o => o.CostToCustomer == 0m && o.Kind is not RemedyKind.ApologyAndThanks and not RemedyKind.WarrantyExtension);
        var quote = _remedies.Where(o => o.CostToCustomer > 0m).Select(o => (decimal?)o.CostToCustomer).Min();

        if (!free && quote is { } q)
        {
            var bot = Math.Min(botAmount, q);
            if (bot > 0m) _remedies.Add(Discount(q, bot, Authority.Bot));
            if (asked > cap && Math.Min(asked.Value, q) > bot) _remedies.Add(Discount(q, Math.Min(asked.Value, q), Authority.Supervisor));
            return;
        }
        if (botAmount > 0m) _remedies.Add(Option(RemedyKind.Goodwill, -botAmount, null, Authority.Bot, Text("RemedyGoodwill", Money(botAmount))));
        if (asked > cap) _remedies.Add(Option(RemedyKind.Goodwill, -asked.Value, null, Authority.Supervisor, Text("RemedyGoodwill", Money(asked.Value))));
    }

    private RemedyOption Discount(decimal quote, decimal amount, Authority by) =>
        Option(RemedyKind.Discount, quote - amount, null, by, Text("RemedyDiscount", Money(amount), Money(quote - amount)));

    /// <summary>The customer's wish first, then a fixed order: apology, refund, replacement, support, repairs, money, extension.</summary>
    private List<RemedyOption> Ordered(List<RemedyOption> remedies) =>
        [.. remedies.OrderBy(o => Wished(o.Kind) ? 0 : 1).ThenBy(o => Rank(o.Kind)).ThenBy(o => o.GrantedBy)];

    private bool Wished(RemedyKind kind) => Facts.Wish switch
    {
        // A repair has already failed twice: the entitlement to a new unit is the better remedy, offered first.
        CustomerWish.Repair when IsRepeatFailure => kind == RemedyKind.Replacement,
        CustomerWish.ApologyOnly => kind == RemedyKind.ApologyAndThanks,
        CustomerWish.Refund => kind == RemedyKind.Refund,
        CustomerWish.Replacement => kind == RemedyKind.Replacement,
        CustomerWish.Compensation => kind is RemedyKind.Discount or RemedyKind.Goodwill,
        // Software is fixed remotely first (DOMAIN.md §10): remote support is the repair it asked for.
        _ => kind is RemedyKind.FreeRepair or RemedyKind.PaidRepair or RemedyKind.PartReplacement or RemedyKind.RemoteSupport,
    };

    private bool IsRepeatFailure => Policy.RepairsBeforeReplacement > 0 && RepeatRepairs() >= Policy.RepairsBeforeReplacement;

    private static int Rank(RemedyKind kind) => kind switch
    {
        RemedyKind.ApologyAndThanks => 0,
        RemedyKind.Refund => 1,
        RemedyKind.Replacement => 2,
        RemedyKind.RemoteSupport => 3,
        RemedyKind.FreeRepair or RemedyKind.PartReplacement or RemedyKind.PaidRepair or RemedyKind.OnSiteVisit => 4,
        RemedyKind.Discount or RemedyKind.Goodwill => 5,
        _ => 6,
    };
}
