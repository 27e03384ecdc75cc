using System.Collections.Concurrent;
using AfterSalesBot.Bot.Schema;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Quotas;

/// <summary>
/// Per-conversation limits checked before anything is stored: a rate (a token bucket refilled each minute), a daily
/// volume and the number of files per activity. Counters live in this instance's memory (ADR 0019: in a multi-instance deployment
/// note: each instance counts what it receives), on the injected clock.
/// </summary>
public sealed class ConversationQuotas(IOptions<ConversationQuotaOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);

    /// <summary>Null when the conversation may send this activity (and it is counted), else why not.</summary>
    public QuotaRefusal? Check(string conversationId, Activity activity, long bytes)
    {
        var limits = options.Value;
        var files = activity.Attachments?.Count ?? 0;
        if (files > limits.AttachmentsPerActivity)
        {
            return new QuotaRefusal(StatusCodes.Status413PayloadTooLarge, "TooManyAttachments",
                $"One message may carry at most {limits.AttachmentsPerActivity} files; this one has {files}.", null);
        }

        var now = clock.GetUtcNow();
        if (_counters.Count >= limits.TrackedConversations) Sweep(now);
        var counter = _counters.GetOrAdd(conversationId, _ => new Counter(limits.MessagesPerMinute, now));
        lock (counter)
        {
            counter.Refill(now, limits.MessagesPerMinute);
            if (counter.Tokens < 1)
            {
                var wait = TimeSpan.FromMinutes((1 - counter.Tokens) / limits.MessagesPerMinute);
                return new QuotaRefusal(StatusCodes.Status429TooManyRequests, "TooManyMessages",
                    $"This conversation may send {limits.MessagesPerMinute} messages a minute. Please wait a moment.", wait);
            }
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            if (counter.Day != today) (counter.Day, counter.BytesToday) = (today, 0);
            if (counter.BytesToday + bytes > limits.BytesPerDay)
            {
                var midnight = new DateTimeOffset(today.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                return new QuotaRefusal(StatusCodes.Status429TooManyRequests, "DailyVolumeExceeded",
                    $"This conversation has sent its {limits.BytesPerDay / 1024 / 1024} MiB for today (UTC).", midnight - now);
            }
            counter.Tokens -= 1;
            counter.BytesToday += bytes;
            counter.LastSeen = now;
        }
        return null;
    }

    /// <summary>Drops counters idle for a day (they would have refilled and reset anyway).</summary>
    private void Sweep(DateTimeOffset now)
    {
        foreach (var (id, counter) in _counters)
        {
            if (now - counter.LastSeen > TimeSpan.FromDays(1)) _counters.TryRemove(id, out _);
        }
    }

    private sealed class Counter(int capacity, DateTimeOffset now)
    {
        public double Tokens { get; set; } = capacity;
        public DateTimeOffset Refilled { get; set; } = now;
        public DateTimeOffset LastSeen { get; set; } = now;
        public DateOnly Day { get; set; } = DateOnly.FromDateTime(now.UtcDateTime);
        public long BytesToday { get; set; }

        public void Refill(DateTimeOffset at, int perMinute)
        {
            var elapsed = (at - Refilled).TotalMinutes;
            if (elapsed <= 0) return;
            Tokens = Math.Min(perMinute, Tokens + elapsed * perMinute);
            Refilled = at;
        }
    }
}
