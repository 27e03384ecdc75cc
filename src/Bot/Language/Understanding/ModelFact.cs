using System.Text.Json;
using System.Text.Json.Serialization;

namespace AfterSalesBot.Bot.Language.Understanding;

/// <summary>
/// A symptom code or catalogue model the model read, with the words of the customer's message it read it from
/// (<see cref="Quote"/>), which <see cref="FactGrounding"/> checks against the message. A bare string (older
/// recordings) reads as a fact without a quote.
/// </summary>
[JsonConverter(typeof(ModelFactConverter))]
public sealed record ModelFact(string Code, string? Quote = null)
{
    public static implicit operator ModelFact(string code) => new(code);

    public override string ToString() => Quote is null ? Code : $"{Code} (\"{Quote}\")";
}

/// <summary>Reads <c>"LEAK"</c> or <c>{"code": "LEAK", "quote": "water all over"}</c>; writes the object.</summary>
public sealed class ModelFactConverter : JsonConverter<ModelFact>
{
    public override ModelFact? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String) return new ModelFact(reader.GetString()!);
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("a fact is a string or an object");
        string? code = null, quote = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "code": code = reader.TokenType == JsonTokenType.String ? reader.GetString() : null; break;
                case "quote": quote = reader.TokenType == JsonTokenType.String ? reader.GetString() : null; break;
                default: reader.Skip(); break;
            }
        }
        return code is null ? throw new JsonException("a fact needs a code") : new ModelFact(code, quote);
    }

    public override void Write(Utf8JsonWriter writer, ModelFact value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        if (value.Quote is null) writer.WriteNull("quote");
        else writer.WriteString("quote", value.Quote);
        writer.WriteEndObject();
    }
}
