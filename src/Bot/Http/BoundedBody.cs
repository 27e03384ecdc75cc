using System.Text.Json;
using AfterSalesBot.Bot.Schema;

namespace AfterSalesBot.Bot.Http;

public enum BodyProblem
{
    None,
    TooLarge,
    Malformed,
    MissingType,
}

/// <summary>Reads an activity from a request body without ever buffering more than the limit.</summary>
public static class BoundedBody
{
    public static async Task<(Activity? Activity, BodyProblem Problem, string? Detail)> ReadActivityAsync(
        HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes) return (null, BodyProblem.TooLarge, $"The body is larger than {maxBytes} bytes.");
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes) return (null, BodyProblem.TooLarge, $"The body is larger than {maxBytes} bytes.");
            buffer.Write(chunk, 0, read);
        }
        return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    public static (Activity? Activity, BodyProblem Problem, string? Detail) Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            var activity = JsonSerializer.Deserialize(json, ActivityJson.Context.Activity);
            if (activity is null) return (null, BodyProblem.Malformed, "The body is not an activity object.");
            if (string.IsNullOrWhiteSpace(activity.Type)) return (null, BodyProblem.MissingType, "The activity has no 'type'.");
            return (activity, BodyProblem.None, null);
        }
        catch (JsonException ex)
        {
            return (null, BodyProblem.Malformed, $"The body is not valid activity JSON: {ex.Message}");
        }
    }
}
