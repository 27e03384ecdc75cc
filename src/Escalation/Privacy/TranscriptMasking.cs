using System.Text.Json.Nodes;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Escalation.Transcripts;

namespace AfterSalesBot.Escalation.Privacy;

/// <summary>
/// A transcript as exports and print pages show it by default: the customer's contact data masked in every line, in the
/// activities exactly as exchanged (every string value but ids, times, types and URLs), in the customer's sender name and
/// in the notes. The handling agreement is business data and stays. Only a supervisor's explicit, audited export with
/// personal data skips this.
/// </summary>
public static class TranscriptMasking
{
    private static readonly HashSet<string> Structural = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "type", "timestamp", "localTimestamp", "localTimezone", "channelId", "serviceUrl", "contentUrl", "thumbnailUrl",
        "contentType", "replyToId", "locale", "role", "inputHint", "textFormat", "attachmentLayout", "aadObjectId", "tenantId",
    };

    public static TranscriptDocument Mask(TranscriptDocument document) => document with
    {
        Items = [.. document.Items.Select(item => item.Line is { } line ? TranscriptItem.ForLine(Mask(line))
            : TranscriptItem.ForNote(Mask(item.Note!)))],
    };

    public static TranscriptLine Mask(TranscriptLine line) => line with
    {
        Text = PersonalDataMask.Mask(line.Text),
        SenderName = line.Direction == "in" && line.SenderName is { } name ? PersonalDataMask.MaskName(name) : line.SenderName,
        ActivityJson = MaskActivity(line.ActivityJson, line.Direction == "in"),
    };

    private static CaseNote Mask(CaseNote note) => new()
    {
        Id = note.Id, CaseNumber = note.CaseNumber, At = note.At, Author = note.Author, Text = PersonalDataMask.Mask(note.Text)!,
    };

    public static string MaskActivity(string activityJson, bool fromCustomer)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(activityJson);
        }
        catch (System.Text.Json.JsonException)
        {
            return PersonalDataMask.Mask(activityJson)!;
        }
        if (root is null) return activityJson;
        MaskStrings(root);
        if (fromCustomer && root["from"]?["name"] is JsonValue name && name.TryGetValue<string>(out var sender))
            root["from"]!["name"] = PersonalDataMask.MaskName(sender);
        return root.ToJsonString();
    }

    private static void MaskStrings(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o.ToList())
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        if (!Structural.Contains(key)) o[key] = PersonalDataMask.Mask(s);
                    }
                    else if (value is not null) MaskStrings(value);
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is JsonValue v && v.TryGetValue<string>(out var s)) a[i] = PersonalDataMask.Mask(s);
                    else if (a[i] is { } child) MaskStrings(child);
                }
                break;
        }
    }
}
