using AfterSalesBot.Knowledge.Catalog;
using AfterSalesBot.Knowledge.Data;
using AfterSalesBot.Knowledge.Records;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Knowledge.Coverage;

/// <summary>
/// Finds a purchase by serial or order number and loads what its coverage decision needs. Failures are
/// <see cref="ValidationProblem"/>s with code UNKNOWN_SERIAL, SERIAL_FORMAT, MODEL_MISMATCH, UNKNOWN_MODEL or
/// KNOWLEDGE_INCOMPLETE. The policy is the product's own, else its line's.
/// </summary>
public sealed class PurchaseLookup(IDbContextFactory<KnowledgeDbContext> contexts)
{
    /// <param name="namedModel">The model (or alias) the customer said they own, when they said one.</param>
    public async Task<PurchaseLookupResult> FindBySerialAsync(string serial, string? namedModel, CancellationToken cancellationToken = default)
    {
        var normalised = PurchaseValidation.NormaliseSerial(serial);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var purchase = await db.Purchases.AsNoTracking().FirstOrDefaultAsync(p => p.Serial == normalised, cancellationToken);
        // "FS9 2606 UNCV" read off a licence as groups is FS9-2606-UNCV: on a miss, the serial without its hyphens
        // (a scan, only for serials not found as typed).
        if (purchase is null && normalised.Replace("-", "", StringComparison.Ordinal) is { Length: >= 6 } bare
            && await db.Purchases.AsNoTracking().FirstOrDefaultAsync(p => p.Serial.Replace("-", "") == bare, cancellationToken) is { } unhyphenated)
        {
            purchase = unhyphenated;
            normalised = unhyphenated.Serial;
        }
        // "JQ525O57961", read off a greasy sticker (round 57): a letter O where the record has a nought, only when the record
        // exists (the prefix is left as typed; letters inside serials such as LP22TA… stay letters).
        if (purchase is null && ReadAlike(normalised) is { } alike
            && await db.Purchases.AsNoTracking().FirstOrDefaultAsync(p => p.Serial == alike, cancellationToken) is { } misread)
        {
            purchase = misread;
            normalised = misread.Serial;
        }
        // Read off the receipt when asked for the serial: an order number is a purchase too, and has no serial format.
        if (purchase is null && await db.Purchases.AsNoTracking().FirstOrDefaultAsync(p => p.OrderNumber == normalised, cancellationToken) is { } byOrder)
            return await CheckAndLoadAsync(db, byOrder, normalised, namedModel, checkFormat: false, cancellationToken);
        return await CheckAndLoadAsync(db, purchase, normalised, namedModel, checkFormat: true, cancellationToken);
    }

    /// <summary>The serial with O read as 0 after its first three characters; null when that changes nothing.</summary>
    private static string? ReadAlike(string serial)
    {
        if (serial.Length < 6) return null;
        var alike = serial[..3] + serial[3..].Replace('O', '0');
        return alike == serial ? null : alike;
    }

    public async Task<PurchaseLookupResult> FindByOrderNumberAsync(string orderNumber, string? namedModel, CancellationToken cancellationToken = default)
    {
        var order = orderNumber.Trim();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var purchase = await db.Purchases.AsNoTracking().FirstOrDefaultAsync(p => p.OrderNumber == order, cancellationToken);
        return await CheckAndLoadAsync(db, purchase, order, namedModel, checkFormat: false, cancellationToken);
    }

    private static async Task<PurchaseLookupResult> CheckAndLoadAsync(KnowledgeDbContext db, PurchaseRecord? purchase,
        string quoted, string? namedModel, bool checkFormat, CancellationToken cancellationToken)
    {
        Product? named = null;
        if (!string.IsNullOrWhiteSpace(namedModel))
        {
            named = await FindModelAsync(db, namedModel.Trim(), cancellationToken);
            if (named is null)
                return Fail(ValidationProblem.UnknownModel, "UnknownModel", _ => [namedModel.Trim()]);
        }

        if (purchase is not null && named is not null && purchase.Model != named.Model)
        {
            var owned = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Model == purchase.Model, cancellationToken);
            return Fail(ValidationProblem.ModelMismatch, "ModelMismatch", c => [quoted,
                owned is null ? purchase.Model : CoverageTexts.Pick(c, owned.NameEn, owned.NameZh) + " (" + owned.Model + ")",
                CoverageTexts.Pick(c, named.NameEn, named.NameZh) + " (" + named.Model + ")"]);
        }
        // The serial of another model of the same line ("water heater" said, an E60's label read) is that model's: the
        // serial identifies the unit better than a product named loosely.
        if (checkFormat && named is not null && PurchaseValidation.ValidateSerial(named, quoted) is { } format
            && !(await db.Products.AsNoTracking().Where(p => p.LineCode == named.LineCode && p.Model != named.Model).ToListAsync(cancellationToken))
                .Any(p => PurchaseValidation.ValidateSerial(p, quoted) is null))
            return PurchaseLookupResult.Fail(format);
        if (purchase is null)
            return Fail(ValidationProblem.UnknownSerial, "UnknownSerial", _ => [quoted]);

        return await LoadAsync(db, purchase, cancellationToken) is { } file
            ? PurchaseLookupResult.Of(file)
            : Fail(ValidationProblem.KnowledgeIncomplete, "KnowledgeIncomplete", _ => []);
    }

    private static async Task<PurchaseFile?> LoadAsync(KnowledgeDbContext db, PurchaseRecord purchase, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Model == purchase.Model, ct);
        var line = product is null ? null : await db.ProductLines.AsNoTracking().FirstOrDefaultAsync(l => l.Code == product.LineCode, ct);
        if (product is null || line is null) return null;

        var policyCode = product.PolicyCode ?? line.PolicyCode;
        var policy = await db.Policies.AsNoTracking().FirstOrDefaultAsync(p => p.Code == policyCode, ct);
        var fees = await db.FeeSchedules.AsNoTracking().FirstOrDefaultAsync(f => f.Code == line.FeeScheduleCode, ct);
        var level = await db.ServiceLevels.AsNoTracking().FirstOrDefaultAsync(s => s.Code == line.ServiceLevelCode, ct);
        if (policy is null || fees is null || level is null) return null;

        var history = await db.Repairs.AsNoTracking().Where(r => r.Serial == purchase.Serial).OrderBy(r => r.Date).ToListAsync(ct);
        return new PurchaseFile(purchase, product, line, policy, fees, level, history);
    }

    /// <summary>By model number, else by name or alias in either language (the catalogue is small: matched in memory).</summary>
    private static async Task<Product?> FindModelAsync(KnowledgeDbContext db, string name, CancellationToken ct)
    {
        var products = await db.Products.AsNoTracking().ToListAsync(ct);
        return products.FirstOrDefault(p => string.Equals(p.Model, name, StringComparison.OrdinalIgnoreCase))
            ?? products.FirstOrDefault(p => string.Equals(p.NameEn, name, StringComparison.OrdinalIgnoreCase) || p.NameZh == name
                || p.Aliases.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase)));
    }

    private static PurchaseLookupResult Fail(string code, string resource, Func<System.Globalization.CultureInfo, object[]> args) =>
        PurchaseLookupResult.Fail(ValidationProblem.Of(code, resource, args));
}
