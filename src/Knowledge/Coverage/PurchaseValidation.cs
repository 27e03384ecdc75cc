using System.Text.RegularExpressions;
using AfterSalesBot.Knowledge.Catalog;

namespace AfterSalesBot.Knowledge.Coverage;

/// <summary>Checks what a customer says about a purchase before it is believed (DOMAIN.md §4). Pure.</summary>
public static class PurchaseValidation
{
    /// <summary>Serials are compared trimmed and upper-case: customers type "jq5…" and add spaces.</summary>
    public static string NormaliseSerial(string serial) => serial.Trim().ToUpperInvariant();

    /// <summary>Null when the serial matches the model's format; otherwise a reason quoting the format.</summary>
    public static ValidationProblem? ValidateSerial(Product product, string serial)
    {
        var normalised = NormaliseSerial(serial);
        if (Regex.IsMatch(normalised, product.SerialPattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)) return null;
        return ValidationProblem.Of(ValidationProblem.SerialFormat, "SerialFormat", c =>
            [normalised, product.Model, CoverageTexts.Pick(c, product.SerialFormatEn, product.SerialFormatZh)]);
    }

    /// <summary>Null when the sale date is possible: not after today, not before the model's launch.</summary>
    public static ValidationProblem? ValidateSaleDate(Product product, DateOnly saleDate, DateOnly today)
    {
        if (saleDate > today)
            return ValidationProblem.Of(ValidationProblem.SaleDateFuture, "SaleDateFuture", c => [CoverageTexts.Date(saleDate, c)]);
        if (saleDate < product.LaunchDate)
            return ValidationProblem.Of(ValidationProblem.SaleDateBeforeLaunch, "SaleDateBeforeLaunch", c =>
                [CoverageTexts.Date(saleDate, c), CoverageTexts.Pick(c, product.NameEn, product.NameZh), CoverageTexts.Date(product.LaunchDate, c)]);
        return null;
    }
}
