using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using AfterSalesBot.Knowledge.Articles;
using AfterSalesBot.Knowledge.Catalog;
using AfterSalesBot.Knowledge.Policies;
using AfterSalesBot.Knowledge.Records;

namespace AfterSalesBot.Knowledge;

/// <summary>
/// The import/export format (docs/knowledge-format.md): one JSON document, or several in a folder, each
/// holding any of the sections. Records are identified by their natural keys, so importing the same data
/// again changes nothing.
/// </summary>
public sealed class KnowledgeDocument
{
    public const string FormatName = "aftersalesbot.knowledge";
    public const int CurrentVersion = 1;

    public string Format { get; set; } = FormatName;
    public int Version { get; set; } = CurrentVersion;

    /// <summary>
    /// The date the records were written against ("bought 3 days ago" means 3 days before this). An import
    /// with <c>ImportOptions.RebaseDatesTo</c> shifts sale and repair dates by the days from here to there.
    /// Optional; exports leave it out.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? ReferenceDate { get; set; }

    public List<ServiceZone> Zones { get; set; } = [];
    public List<ProductLine> ProductLines { get; set; } = [];
    public List<Product> Products { get; set; } = [];
    public List<WarrantyPolicy> Policies { get; set; } = [];
    public List<FeeSchedule> FeeSchedules { get; set; } = [];
    public List<ServiceLevel> ServiceLevels { get; set; } = [];
    public List<PurchaseRecord> Purchases { get; set; } = [];
    public List<RepairRecord> Repairs { get; set; } = [];
    public List<Article> Articles { get; set; } = [];

    /// <summary>camelCase, enums as strings, dates as yyyy-MM-dd, Chinese unescaped.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };
}
