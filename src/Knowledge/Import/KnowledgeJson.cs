using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AfterSalesBot.Knowledge.Import;

/// <summary>How import files are read: the document's options, stricter about unknown fields (typos) and laxer
/// about missing ones, so a missing field is reported by the validator with its record, together with every
/// other error, instead of stopping the reader at the first one.</summary>
internal static class KnowledgeJson
{
    public static readonly JsonSerializerOptions ReadOptions = new(KnowledgeDocument.JsonOptions)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { NothingRequired } },
    };

    private static void NothingRequired(JsonTypeInfo type)
    {
        foreach (var property in type.Properties) property.IsRequired = false;
    }

    /// <summary>A deep copy, so rebasing never touches the caller's documents.</summary>
    public static KnowledgeDocument Clone(KnowledgeDocument document) =>
        JsonSerializer.Deserialize<KnowledgeDocument>(JsonSerializer.SerializeToUtf8Bytes(document, ReadOptions), ReadOptions)!;

    public static bool SameContent<T>(T a, T b) =>
        JsonElement.DeepEquals(JsonSerializer.SerializeToElement(a, KnowledgeDocument.JsonOptions),
            JsonSerializer.SerializeToElement(b, KnowledgeDocument.JsonOptions));
}
