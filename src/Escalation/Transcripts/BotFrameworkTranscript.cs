using System.Text.Encodings.Web;
using System.Text.Json;
using AfterSalesBot.Escalation.Cases;

namespace AfterSalesBot.Escalation.Transcripts;

/// <summary>
/// The Bot Framework Emulator's <c>.transcript</c> file: a JSON array of the activities exactly as exchanged, both
/// directions, in order, then one <c>event</c> activity named <see cref="AgreementEventName"/> per line of the handling
/// agreement (its <c>value</c> is the offer and the answer). Internal notes are never in it: the file may leave the company.
/// </summary>
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
        using var writer = new Utf8JsonWriter(output, Options);
        writer.WriteStartArray();
        foreach (var line in document.Lines)
        {
            using var activity = JsonDocument.Parse(line.ActivityJson);
            activity.RootElement.WriteTo(writer);
        }
        foreach (var offer in document.Agreement) WriteAgreement(writer, document.ConversationId, offer);
        writer.WriteEndArray();
    }

    private static void WriteAgreement(Utf8JsonWriter writer, string conversationId, HandlingAgreementRecord offer)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "event");
        writer.WriteString("name", AgreementEventName);
        writer.WriteString("id", "agreement-" + offer.OfferId.ToString("N"));
        writer.WriteString("timestamp", offer.OfferedAt.ToUniversalTime());
        writer.WriteString("channelId", "aftersalesbot");
        writer.WriteStartObject("conversation");
        writer.WriteString("id", conversationId);
        writer.WriteEndObject();
        writer.WriteStartObject("from");
        writer.WriteString("id", offer.OfferedBy);
        writer.WriteString("role", "bot");
        writer.WriteEndObject();
        writer.WriteStartObject("value");
        writer.WriteString("caseNumber", offer.CaseNumber);
        writer.WriteString("offerId", offer.OfferId);
        writer.WriteString("offeredBy", offer.OfferedBy);
        writer.WriteString("approvedBy", offer.ApprovedBy);
        writer.WriteString("kind", offer.Remedy.Kind);
        writer.WriteNumber("cost", offer.Remedy.Cost);
        writer.WriteString("currency", offer.Remedy.Currency);
        writer.WriteString("grantedBy", offer.Remedy.GrantedBy);
        writer.WriteString("description", offer.Remedy.Description);
        writer.WriteString("policyCode", offer.PolicyCode);
        writer.WriteNumber("policyVersion", offer.PolicyVersion);
        writer.WriteString("offeredAt", offer.OfferedAt.ToUniversalTime());
        writer.WriteString("answer", offer.Answer ?? "Open");
        if (offer.AnsweredAt is { } answeredAt) writer.WriteString("answeredAt", answeredAt.ToUniversalTime());
        else writer.WriteNull("answeredAt");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static byte[] ToBytes(TranscriptDocument document)
    {
        using var output = new MemoryStream();
        Write(output, document);
        return output.ToArray();
    }
}
