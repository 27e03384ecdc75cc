using AfterSalesBot.Knowledge.Policies;

namespace AfterSalesBot.Knowledge.Import;

public static partial class KnowledgeValidator
{
    private static void CheckPolicies(ValidationRun run, string file, KnowledgeDocument doc)
    {
        Each(run, file, KnowledgeSections.Policies, doc.Policies, p => p.Code, (p, r) => CheckPolicy(p, r));
        Each(run, file, KnowledgeSections.FeeSchedules, doc.FeeSchedules, f => f.Code, (f, r) => CheckFees(run, f, r));
        Each(run, file, KnowledgeSections.ServiceLevels, doc.ServiceLevels, s => s.Code, (s, r) => CheckServiceLevel(run, s, r));
    }

    private static void CheckPolicy(WarrantyPolicy policy, RecordCheck r)
    {
        r.Required(policy.NameEn, "nameEn");
        r.Required(policy.NameZh, "nameZh");
        if (policy.Version < 1) r.Fail("version", $"must be at least 1 (is {policy.Version})");
        r.NotNegative(policy.PeriodMonths, "periodMonths");
        r.NotNegative(policy.ReturnDays, "returnDays");
        r.NotNegative(policy.ExchangeDays, "exchangeDays");
        r.NotNegative(policy.RepairsBeforeReplacement, "repairsBeforeReplacement");
        r.NotNegative(policy.GoodwillCap, "goodwillCap");
        r.NotNegative(policy.MaxExtensionMonths, "maxExtensionMonths");
        r.NoEmptyEntries(policy.AlwaysPaidParts, "alwaysPaidParts");
        r.UniqueCodes(policy.Covered, c => c.Code, "covered");
        for (var i = 0; i < policy.Covered.Count; i++)
        {
            if (policy.Covered[i] is not { } clause) continue;
            r.Required(clause.TextEn, $"covered[{i}].textEn");
            r.Required(clause.TextZh, $"covered[{i}].textZh");
        }
        r.UniqueCodes(policy.Exclusions, e => e.Code, "exclusions");
        for (var i = 0; i < policy.Exclusions.Count; i++)
        {
            if (policy.Exclusions[i] is not { } exclusion) continue;
            r.Required(exclusion.ClauseEn, $"exclusions[{i}].clauseEn");
            r.Required(exclusion.ClauseZh, $"exclusions[{i}].clauseZh");
        }
    }

    private static void CheckFees(ValidationRun run, FeeSchedule fees, RecordCheck r)
    {
        if (string.IsNullOrWhiteSpace(fees.Currency) || fees.Currency.Length != 3 || !fees.Currency.All(char.IsAsciiLetterUpper))
            r.Fail("currency", $"must be a 3-letter ISO 4217 code such as CNY (is '{fees.Currency}')");
        r.NotNegative(fees.Labour, "labour");
        r.NotNegative(fees.CostFee, "costFee");
        r.NotNegative(fees.RemoteSupport, "remoteSupport");
        r.NotNegative(fees.AnnualMaintenancePercent, "annualMaintenancePercent");
        r.UniqueCodes(fees.Parts, p => p.Code, "parts");
        for (var i = 0; i < fees.Parts.Count; i++)
        {
            if (fees.Parts[i] is not { } part) continue;
            r.Required(part.NameEn, $"parts[{i}].nameEn");
            r.Required(part.NameZh, $"parts[{i}].nameZh");
            r.NotNegative(part.Price, $"parts[{i}].price");
        }
        r.UniqueCodes(fees.OnSiteByZone, z => z.Zone, "onSiteByZone", "zone");
        for (var i = 0; i < fees.OnSiteByZone.Count; i++)
        {
            if (fees.OnSiteByZone[i] is not { } zone) continue;
            if (!string.IsNullOrWhiteSpace(zone.Zone)) r.RefersTo(zone.Zone, run.Zones, $"onSiteByZone[{i}].zone", "zone");
            r.NotNegative(zone.Amount, $"onSiteByZone[{i}].amount");
        }
    }

    private static void CheckServiceLevel(ValidationRun run, ServiceLevel level, RecordCheck r)
    {
        r.NotNegative(level.FirstReplyHours, "firstReplyHours");
        r.NotNegative(level.SolutionHours, "solutionHours");
        r.NotNegative(level.EmergencyResponseHours, "emergencyResponseHours");
        r.NotNegative(level.RemoteSupportHours, "remoteSupportHours");
        r.UniqueCodes(level.OnSiteByZone, z => z.Zone, "onSiteByZone", "zone");
        for (var i = 0; i < level.OnSiteByZone.Count; i++)
        {
            if (level.OnSiteByZone[i] is not { } zone) continue;
            if (!string.IsNullOrWhiteSpace(zone.Zone)) r.RefersTo(zone.Zone, run.Zones, $"onSiteByZone[{i}].zone", "zone");
            r.NotNegative(zone.Hours, $"onSiteByZone[{i}].hours");
        }
    }
}
