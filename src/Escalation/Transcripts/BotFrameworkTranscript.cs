using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Conversations;

namespace AfterSalesBot.Escalation.Transcripts;

/// <summary>
/// The Bot Framework Emulator's <c>.transcript</c> file: a JSON array of the activities exactly as exchanged, both
/// directions, in the order they happened, with one <c>event</c> activity named <see cref="AgreementEventName"/> per line
/// of the handling agreement (its <c>value</c> is the offer and the answer) placed where the offer was made. Internal notes
/// are never in it: the file may leave the company.
/// </summary>
/// <remarks>Readers built on botbuilder's transcript stores file an activity under its <c>channelId</c> and
/// <c>conversation.id</c>, sort by <c>timestamp</c> and page by <c>id</c>: so every activity carries an id (the channel's,
/// or <c>conversation|sequence</c> when the channel gave none), a UTC <c>Z</c> timestamp, and the agreement events carry
/// the conversation's own channel, conversation, bot (from) and customer (recipient).</remarks>
public static class BotFrameworkTranscript
{
    public const string ContentType = "application/json";
    public const string Extension = ".transcript";
    public const string AgreementEventName = "aftersales/handlingAgreement";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Chinese stays readable; the file is JSON, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream output, TranscriptDocument document)
    {
        var activities = document.Lines.OrderBy(l => l.Sequence).Select(line => (line, Activity: Parse(line))).ToList();
        var identity = TranscriptIdentity.From(document.ConversationId, activities.Select(a => (a.Activity, a.line.Direction == "in")));
        var offers = new Queue<HandlingAgreementRecord>(document.Agreement);

        using var writer = new Utf8JsonWriter(output, Options);
        writer.WriteStartArray();
        foreach (var (line, activity) in activities)
        {
            while (offers.TryPeek(out var offer) && offer.OfferedAt < line.At) Agreement(identity, offers.Dequeue()).WriteTo(writer);
            Normalise(activity, document.ConversationId, line).WriteTo(writer);
        }
        while (offers.TryDequeue(out var offer)) Agreement(identity, offer).WriteTo(writer);
        writer.WriteEndArray();
    }

    public static byte[] ToBytes(TranscriptDocument document)
    {
        using var output = new MemoryStream();
        Write(output, document);
        return output.ToArray();
    }

    /// <summary>UTC ISO-8601 with <c>Z</c>, as the activity schema asks (A2043).</summary>
    internal static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static JsonObject Parse(TranscriptLine line)
    {
        try
        {
            return JsonNode.Parse(line.ActivityJson) as JsonObject ?? [];
        }
        catch (JsonException)
        {
            return new JsonObject { ["type"] = line.Type, ["text"] = line.Text }; // what can still be said of it
        }
    }

    private static JsonObject Normalise(JsonObject activity, string conversationId, TranscriptLine line)
    {
        if (activity["id"] is not JsonValue id || string.IsNullOrEmpty(id.GetValue<string>()))
            activity["id"] = $"{conversationId}|{line.Sequence:D7}";
        var at = activity["timestamp"] is JsonValue stamp && DateTimeOffset.TryParse(stamp.ToString(), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : line.At;
        activity["timestamp"] = Utc(at);
        return activity;
    }

    private static JsonObject Agreement(TranscriptIdentity identity, HandlingAgreementRecord offer) => new()
    {
        ["type"] = "event",
        ["name"] = AgreementEventName,
        ["id"] = "agreement-" + offer.OfferId.ToString("N"),
        ["timestamp"] = Utc(offer.OfferedAt),
        ["channelId"] = identity.ChannelId,
        ["conversation"] = identity.Conversation.DeepClone(),
        ["from"] = identity.Bot.DeepClone(),
        ["recipient"] = identity.Customer.DeepClone(),
        ["value"] = new JsonObject
        {
            ["caseNumber"] = offer.CaseNumber,
            ["offerId"] = offer.OfferId.ToString(),
            ["offeredBy"] = offer.OfferedBy,
            ["approvedBy"] = offer.ApprovedBy,
            ["kind"] = offer.Remedy.Kind,
            ["cost"] = offer.Remedy.Cost,
            ["currency"] = offer.Remedy.Currency,
            ["grantedBy"] = offer.Remedy.GrantedBy,
            ["description"] = offer.Remedy.Description,
            ["policyCode"] = offer.PolicyCode,
            ["policyVersion"] = offer.PolicyVersion,
            ["offeredAt"] = Utc(offer.OfferedAt),
            ["answer"] = offer.Answer ?? "Open",
            ["answeredAt"] = offer.AnsweredAt is { } answeredAt ? Utc(answeredAt) : null,
        },
    };
}
