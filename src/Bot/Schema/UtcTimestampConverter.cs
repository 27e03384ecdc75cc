using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AfterSalesBot.Bot.Schema;

/// <summary>
/// Timestamps go out as UTC ISO-8601 with <c>Z</c> (activity spec A2043); <c>localTimestamp</c> keeps
/// its offset, so it uses the default converter.
/// </summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
}
