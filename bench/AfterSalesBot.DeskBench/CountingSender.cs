using System.Collections.Concurrent;
using AfterSalesBot.Escalation.FollowUps;

namespace AfterSalesBot.DeskBench;

/// <summary>A sender that only counts what it was asked to send, per item: two sends of one item are a duplicate.</summary>
internal sealed class CountingSender : IFollowUpSender
{
    public ConcurrentDictionary<Guid, int> Sends { get; } = new();

    public Task<FollowUpDelivery> SendAsync(DueFollowUp item, CancellationToken ct)
    {
        Sends.AddOrUpdate(item.Id, 1, (_, n) => n + 1);
        return Task.FromResult(FollowUpDelivery.Sent);
    }
}
