using System.Globalization;

namespace AfterSalesBot.Knowledge.Coverage;

/// <summary>Why a purchase or an input was rejected, by code, with the customer's text in both languages.</summary>
public sealed record ValidationProblem(string Code, string TextEn, string TextZh)
{
    public const string SerialFormat = "SERIAL_FORMAT";
    public const string SaleDateFuture = "SALE_DATE_FUTURE";
    public const string SaleDateBeforeLaunch = "SALE_DATE_BEFORE_LAUNCH";
    public const string UnknownSerial = "UNKNOWN_SERIAL";
    public const string ModelMismatch = "MODEL_MISMATCH";
    public const string UnknownModel = "UNKNOWN_MODEL";
    public const string KnowledgeIncomplete = "KNOWLEDGE_INCOMPLETE";

    public string Text(CultureInfo language) => CoverageTexts.Pick(language, TextEn, TextZh);

    /// <summary>Builds both languages from one resource; <paramref name="args"/> gets each language's culture.</summary>
    internal static ValidationProblem Of(string code, string resource, Func<CultureInfo, object[]> args) => new(code,
        CoverageTexts.Get(resource, CoverageTexts.English, args(CoverageTexts.English)),
        CoverageTexts.Get(resource, CoverageTexts.Chinese, args(CoverageTexts.Chinese)));
}
