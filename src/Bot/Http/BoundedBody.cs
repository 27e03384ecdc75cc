using System.Text.Json;
using AfterSalesBot.Bot.Schema;

namespace AfterSalesBot.Bot.Http;

public enum BodyProblem
{
    None,
    TooLarge,
    Malformed,
    MissingType,
    Unreadable,
}

/// <summary>Reads an activity from a request body without ever buffering more than the limit.</summary>
public static class BoundedBody
{
    /// <summary>The activity, or the problem with the body; <c>Bytes</c> is how much was read (counted by the quotas).</summary>
    public static async Task<(Activity? Activity, BodyProblem Problem, string? Detail, long Bytes)> ReadActivityAsync(
        HttpRequest request, int maxBytes, CancellationToken ct)
    {
        var (body, problem, detail) = await ReadBytesAsync(request, maxBytes, ct);
        if (body is null) return (null, problem, detail, 0);
        var (activity, parsed, why) = Parse(body.Value.Span);
        return (activity, parsed, why, body.Value.Length);
    }

    /// <summary>The whole body, never buffering more than <paramref name="maxBytes"/>; or why not (too large, unreadable).</summary>
    public static async Task<(ReadOnlyMemory<byte>? Body, BodyProblem Problem, string? Detail)> ReadBytesAsync(
        HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes) return (null, BodyProblem.TooLarge, $"The body is larger than {maxBytes} bytes.");
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > maxBytes) return (null, BodyProblem.TooLarge, $"The body is larger than {maxBytes} bytes.");
                buffer.Write(chunk, 0, read);
            }
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException)
        {
            // A broken chunk, a body that ends before its Content-Length, a client that went away: the sender's fault.
            return (null, BodyProblem.Unreadable, "The body could not be read to its end: " + ex.Message);
        }
        // The stream's own array, not a copy: disposing a MemoryStream leaves its buffer readable.
        return (new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), BodyProblem.None, null);
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
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException)
        {
            return (null, BodyProblem.Malformed, $"The body is not valid activity JSON: {ex.Message}");
        }
    }
}
