using System.Text.Encodings.Web;
using System.Text.Json;
using AfterSalesBot.Escalation.Cases;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AfterSalesBot.Escalation.Data;

/// <summary>
/// The case sheet as one JSON column. A converter rather than an owned <c>ToJson</c> type: the sheet holds a
/// dictionary (the circumstances) and positional records, which owned JSON cannot map. Chinese stays readable
/// in the column (no \u escapes).
/// </summary>
internal static class SheetJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(CaseSheet sheet) => JsonSerializer.Serialize(sheet, Options);

    public static CaseSheet Read(string json) =>
        JsonSerializer.Deserialize<CaseSheet>(json, Options) ?? throw new InvalidOperationException("A case sheet column holds null.");

    public static readonly ValueConverter<CaseSheet, string> Converter = new(s => Write(s), j => Read(j));

    // Records with lists compare by reference; compare the JSON so a changed sheet is noticed.
    public static readonly ValueComparer<CaseSheet> Comparer = new(
        (a, b) => ReferenceEquals(a, b) || (a != null && b != null && Write(a) == Write(b)),
        s => Write(s).GetHashCode(StringComparison.Ordinal),
        s => Read(Write(s)));

    public static string WriteRemedy(SheetRemedy remedy) => JsonSerializer.Serialize(remedy, Options);

    public static SheetRemedy ReadRemedy(string json) =>
        JsonSerializer.Deserialize<SheetRemedy>(json, Options) ?? throw new InvalidOperationException("A remedy column holds null.");

    public static readonly ValueConverter<SheetRemedy, string> RemedyConverter = new(r => WriteRemedy(r), j => ReadRemedy(j));

    public static readonly ValueComparer<SheetRemedy> RemedyComparer = new(
        (a, b) => a == b, r => r.GetHashCode(), r => r);
}
