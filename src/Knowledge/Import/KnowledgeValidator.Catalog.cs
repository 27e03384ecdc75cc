using System.Text.RegularExpressions;
using AfterSalesBot.Knowledge.Catalog;

namespace AfterSalesBot.Knowledge.Import;

public static partial class KnowledgeValidator
{
    private static void CheckCatalog(ValidationRun run, string file, KnowledgeDocument doc)
    {
        Each(run, file, KnowledgeSections.Zones, doc.Zones, z => z.Code, (z, r) => CheckZone(z, r));
        Each(run, file, KnowledgeSections.ProductLines, doc.ProductLines, l => l.Code, (l, r) => CheckLine(run, l, r));
        Each(run, file, KnowledgeSections.Products, doc.Products, p => p.Model, (p, r) => CheckProduct(run, p, r));
    }

    private static void CheckZone(ServiceZone zone, RecordCheck r)
    {
        r.Required(zone.NameEn, "nameEn");
        r.Required(zone.NameZh, "nameZh");
        r.NoEmptyEntries(zone.Places, "places");
    }

    private static void CheckLine(ValidationRun run, ProductLine line, RecordCheck r)
    {
        r.Required(line.NameEn, "nameEn");
        r.Required(line.NameZh, "nameZh");
        r.RefersTo(line.PolicyCode, run.Policies, "policyCode", "policy");
        r.RefersTo(line.FeeScheduleCode, run.FeeSchedules, "feeScheduleCode", "fee schedule");
        r.RefersTo(line.ServiceLevelCode, run.ServiceLevels, "serviceLevelCode", "service level");
    }

    private static void CheckProduct(ValidationRun run, Product product, RecordCheck r)
    {
        r.RefersTo(product.LineCode, run.ProductLines, "lineCode", "product line");
        r.Required(product.NameEn, "nameEn");
        r.Required(product.NameZh, "nameZh");
        r.NoEmptyEntries(product.Aliases, "aliases");
        if (r.Required(product.SerialPattern, "serialPattern") && SerialFormat.TryCompile(product.SerialPattern) is null)
            r.Fail("serialPattern", $"is not a valid regular expression: {SerialFormat.Problem(product.SerialPattern)}");
        r.Required(product.SerialFormatEn, "serialFormatEn");
        r.Required(product.SerialFormatZh, "serialFormatZh");
        r.Required(product.LaunchDate, "launchDate");
        r.NotNegative(product.PartsWarrantyMonths, "partsWarrantyMonths");
        r.NotNegative(product.LabourWarrantyMonths, "labourWarrantyMonths");
        r.UniqueCodes(product.Consumables, c => c.Code, "consumables");
        for (var i = 0; i < product.Consumables.Count; i++)
        {
            if (product.Consumables[i] is not { } part) continue;
            r.Required(part.NameEn, $"consumables[{i}].nameEn");
            r.Required(part.NameZh, $"consumables[{i}].nameZh");
        }
        if (product.PolicyCode is not null) r.RefersTo(product.PolicyCode, run.Policies, "policyCode", "policy");
    }
}

/// <summary>
/// A model's serial pattern, matched against the whole serial number. Patterns are compiled with the
/// non-backtracking engine: matching is linear in the input, so no pattern can hang a turn and no
/// wall-clock timeout is needed (a timeout turned a busy machine's slow match into "wrong serial").
/// </summary>
internal static class SerialFormat
{
    internal const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    public static Regex? TryCompile(string pattern)
    {
        try
        {
            return new Regex($"^(?:{pattern})$", Options);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    public static string Problem(string pattern)
    {
        try
        {
            _ = new Regex(pattern, Options);
            return "unbalanced pattern";
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }

    public static bool Matches(Regex regex, string serial) => regex.IsMatch(serial);
}
