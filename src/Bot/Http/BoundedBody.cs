using System.Buffers;
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
    /// <remarks>
    /// A body with a Content-Length is read into one array of that size: no copy chunk, no growing stream (ADR 0040:
    /// 7-9 % of the bytes a turn allocated). Whether anything follows is asked with a pooled array, so a body that lied
    /// about its length is still read, and bounded, as before.
    /// </remarks>
    public static async Task<(ReadOnlyMemory<byte>? Body, BodyProblem Problem, string? Detail)> ReadBytesAsync(
        HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes) return (null, BodyProblem.TooLarge, $"The body is larger than {maxBytes} bytes.");
        var buffer = new byte[request.ContentLength is { } length ? (int)length : Math.Min(UnknownLengthStart, maxBytes)];
        var total = 0;
        try
        {
            while (true)
            {
                if (total < buffer.Length)
                {
                    var read = await request.Body.ReadAsync(buffer.AsMemory(total), ct);
                    if (read == 0) break;
                    total += read;
                    continue;
                }
                var probe = ArrayPool<byte>.Shared.Rent(ProbeBytes);
                try
                {
                    var more = await request.Body.ReadAsync(probe.AsMemory(0, ProbeBytes), ct);
                    if (more == 0) break;
                    if (total + more > maxBytes) return (null, BodyProblem.TooLarge, $"The body is larger than {maxBytes} bytes.");
                    Array.Resize(ref buffer, Math.Min(maxBytes, Math.Max(buffer.Length * 2, total + more)));
                    probe.AsSpan(0, more).CopyTo(buffer.AsSpan(total));
                    total += more;
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(probe);
                }
            }
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException)
        {
            // A broken chunk, a body that ends before its Content-Length, a client that went away: the sender's fault.
            return (null, BodyProblem.Unreadable, "The body could not be read to its end: " + ex.Message);
        }
        return (new ReadOnlyMemory<byte>(buffer, 0, total), BodyProblem.None, null);
    }

    /// <summary>The first array for a body without a Content-Length (chunked); it doubles as the body grows.</summary>
    private const int UnknownLengthStart = 4 * 1024;

    /// <summary>What one read past a full array may bring.</summary>
    private const int ProbeBytes = 16 * 1024;

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
