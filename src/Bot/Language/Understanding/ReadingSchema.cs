using AfterSalesBot.Bot.Conversations.Understanding.Vocabulary;
using OpenAI.Chat;

namespace AfterSalesBot.Bot.Language.Understanding;

/// <summary>The JSON schema the model must answer in (OpenAI structured output, strict), built from the vocabulary.</summary>
public static class ReadingSchema
{
    public const string Name = "customer_message";

    public static readonly string[] Intents =
        ["complaint", "warranty_question", "status", "human", "help", "thanks", "greeting", "statement", "yes", "no", "cancel", "start_over"];

    public static readonly string[] Causes = ["USER_DAMAGE", "VOLTAGE", "MODIFICATION", "UNAUTHORISED_REPAIR", "DISASSEMBLY", "FORCE_MAJEURE"];

    public static readonly string[] Outcomes = ["repair", "replacement", "refund", "compensation", "apology_only"];

    public static readonly string[] Hazards = ["fire", "smoke", "gas_leak", "electric_shock", "injury", "explosion"];

    public static IReadOnlyList<string> SymptomCodes { get; } = [.. SymptomWords.All.Select(s => s.Code).Distinct()];

    public static ChatResponseFormat Format { get; } = ChatResponseFormat.CreateJsonSchemaFormat(
        Name, BinaryData.FromString(Schema()), "The intent and facts of one customer message.", jsonSchemaIsStrict: true);

    public static string Schema() => $$"""
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["intent", "models", "serial", "order_number", "dates", "symptoms", "causes", "wants", "amount", "anger", "urgent", "hazard"],
          "properties": {
            "intent": { "type": "string", "enum": {{List(Intents)}} },
            "models": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["code", "quote"],
              "properties": { "code": { "type": "string" }, "quote": { "type": "string", "description": "the customer's words naming it" } } } },
            "serial": { "type": ["string", "null"] },
            "order_number": { "type": ["string", "null"] },
            "dates": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["text", "date"],
              "properties": { "text": { "type": "string" }, "date": { "type": "string", "description": "yyyy-MM-dd" } } } },
            "symptoms": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["code", "quote"],
              "properties": { "code": { "type": "string", "enum": {{List(SymptomCodes)}} }, "quote": { "type": "string", "description": "the customer's words describing it" } } } },
            "causes": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["code", "happened", "quote"],
              "properties": { "code": { "type": "string", "enum": {{List(Causes)}} }, "happened": { "type": "boolean" },
                "quote": { "type": "string", "description": "the customer's words saying it" } } } },
            "wants": { "type": ["string", "null"], "enum": {{List([.. Outcomes, null])}} },
            "amount": { "type": ["number", "null"] },
            "anger": { "type": "integer", "enum": [0, 1, 2] },
            "urgent": { "type": "boolean" },
            "hazard": { "type": ["string", "null"], "enum": {{List([.. Hazards, null])}} }
          }
        }
        """;

    private static string List(IEnumerable<string?> values) =>
        "[" + string.Join(", ", values.Select(v => v is null ? "null" : "\"" + v + "\"")) + "]";
}
