using AfterSalesBot.Bot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Scaling;

public abstract partial class ConnectorAcrossInstancesCases
{
    /// <summary>
    /// What the customer in Teams would notice if a turn were lost, run twice or out of order: the channel received no
    /// reply twice and nothing that answers no message; the replies answer the customer's messages in the order they were
    /// sent, each message with what the dialogue expects; and the channel got exactly the
    /// replies the bot committed, in commit order, each once (one outbox row, one channel id each), while the database
    /// counts one turn per message, none left pending.
    /// </summary>
    private async Task AssertEveryTurnAnsweredOnceInOrderAsync(IReadOnlyList<(string Say, string Expect)> steps)
    {
        var committed = await WaitUntilDeliveredAsync();
        await Task.Delay(TimeSpan.FromSeconds(1)); // time for a second send of anything to show
        var received = Received();
        output.WriteLine($"The connector received {received.Count} replies; the first: {received.FirstOrDefault()?.Body}");

        var repeated = received.GroupBy(r => r.Body).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, "Received more than once:\n" + string.Join("\n", repeated));
        var ids = Enumerable.Range(0, steps.Count).Select(MessageId).ToList();
        var answered = received.Select(r => r.ReplyToId is { } id ? ids.IndexOf(id) : -1).ToList();
        Assert.DoesNotContain(-1, answered);
        Assert.True(answered.SequenceEqual(answered.Order()), "Replies out of the messages' order: " + string.Join(", ", answered.Select(i => i + 1)));
        Assert.Equal(Enumerable.Range(0, steps.Count), answered.Distinct());
        for (var i = 0; i < steps.Count; i++)
        {
            var text = TextTo(ids[i]);
            Assert.True(text.Contains(steps[i].Expect, StringComparison.Ordinal), $"After '{steps[i].Say}' expected '{steps[i].Expect}', the channel got: {text}");
        }

        Assert.Equal(committed.Select(c => c.Text), received.Select(r => r.Text));
        Assert.Equal(committed.Count, committed.Select(c => c.ActivityId).Where(id => id is not null).Distinct().Count());

        await using var db = _database.OpenBot();
        var inbound = await db.Transcript.AsNoTracking()
            .Where(t => t.ConversationId == _conversation && t.Direction == TranscriptDirection.Inbound)
            .Select(t => t.Sequence).ToListAsync();
        var record = await db.Conversations.AsNoTracking().SingleAsync(c => c.Id == _conversation);
        Assert.Equal(steps.Count, inbound.Count);
        Assert.Equal((inbound.Count, inbound.Max()), (record.TurnCount, record.LastProcessedSequence));
    }

    /// <summary>Waits (with a deadline) until every outbox row of the conversation is delivered; the replies they
    /// stand for, in commit order, with the id the channel gave each.</summary>
    private async Task<List<TranscriptEntry>> WaitUntilDeliveredAsync()
    {
        var deadline = DateTime.UtcNow + ReplyTimeout;
        while (true)
        {
            await using (var db = _database.OpenBot())
            {
                var rows = await db.Outbox.AsNoTracking().Where(o => o.ConversationId == _conversation).OrderBy(o => o.Sequence).ToListAsync();
                if (rows.Count > 0 && rows.All(o => o.State == OutboxState.Delivered))
                {
                    var sequences = rows.Select(o => o.Sequence).ToList();
                    return await db.Transcript.AsNoTracking()
                        .Where(t => t.ConversationId == _conversation && sequences.Contains(t.Sequence))
                        .OrderBy(t => t.Sequence).ToListAsync();
                }
                if (DateTime.UtcNow > deadline)
                    throw new TimeoutException($"Outbox: {string.Join(", ", rows.Select(o => $"{o.Sequence} {o.State} x{o.Attempts} {o.LastError}"))}\n{ServerOutputs()}");
            }
            await Task.Delay(100);
        }
    }
}
