using System.Text.Json.Nodes;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Scaling;

public abstract partial class ConversationAcrossInstancesCases
{
    /// <summary>
    /// What the customer would notice if a turn were lost, run twice or out of order: the history's sequence numbers are
    /// 1, 2, 3… without a gap; a client that followed the watermarks while it grew saw exactly that history; each of the
    /// customer's messages is answered by the replies that follow it and by no others; and the database counts one
    /// committed turn per inbound activity, none left pending.
    /// </summary>
    private async Task AssertEveryTurnRanOnceInOrderAsync(DirectLineTestClient customer, HistoryReader reader)
    {
        var (activities, watermark) = await customer.GetActivitiesAsync();
        var ids = activities.Select(a => (string)a!["id"]!).ToList();
        var sequences = ids.Select(SequenceOf).ToList();
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
        Assert.Equal(sequences[^1].ToString(System.Globalization.CultureInfo.InvariantCulture), watermark);
        Assert.Equal(ids, await reader.StopAsync(ids.Count));

        string? lastMessage = null;
        var answered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var activity in activities.Select(a => a!))
        {
            if ((string?)activity["from"]?["role"] == "user") lastMessage = (string)activity["id"]!;
            else if ((string?)activity["type"] == "message" && (string?)activity["replyToId"] is { } replyTo && lastMessage is not null)
            {
                Assert.Equal(lastMessage, replyTo);
                answered.Add(replyTo);
            }
        }
        var customerMessages = activities.Where(a => (string?)a!["from"]?["role"] == "user" && (string?)a!["type"] == "message")
            .Select(a => (string)a!["id"]!).ToList();
        Assert.Equal(customerMessages, customerMessages.Where(answered.Contains));

        await using var db = _database.OpenBot();
        var inbound = await db.Transcript.AsNoTracking()
            .Where(t => t.ConversationId == customer.ConversationId && t.Direction == TranscriptDirection.Inbound)
            .Select(t => t.Sequence).ToListAsync();
        var record = await db.Conversations.AsNoTracking().SingleAsync(c => c.Id == customer.ConversationId);
        Assert.Equal((inbound.Count, inbound.Max()), (record.TurnCount, record.LastProcessedSequence));
    }

    /// <summary>A client following the history by its watermarks, as Web Chat's polling does, while the conversation
    /// grows: an activity committed after a later one would be skipped by it.</summary>
    protected sealed class HistoryReader : IDisposable
    {
        private readonly DirectLineTestClient _client;
        private readonly List<string> _seen = [];
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;

        private HistoryReader(DirectLineTestClient client)
        {
            _client = client;
            _loop = Task.Run(FollowAsync);
        }

        public static HistoryReader Follow(DirectLineTestClient client) => new(client);

        /// <summary>Waits (with a deadline) until <paramref name="count"/> activities were seen; the ids seen, in order.</summary>
        public async Task<IReadOnlyList<string>> StopAsync(int count)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
            while (true)
            {
                lock (_seen) if (_seen.Count >= count || DateTime.UtcNow > deadline) break;
                await Task.Delay(50);
            }
            await _stop.CancelAsync();
            await _loop;
            lock (_seen) return [.. _seen];
        }

        public void Dispose()
        {
            _stop.Cancel();
            _stop.Dispose();
        }

        private async Task FollowAsync()
        {
            string? watermark = null;
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    var (activities, next) = await _client.GetActivitiesAsync(watermark);
                    lock (_seen) _seen.AddRange(activities.Select(a => (string)a!["id"]!));
                    watermark = next;
                    await Task.Delay(30, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
