using AfterSalesBot.Escalation.Conversations;

namespace AfterSalesBot.Tests.Escalation;

/// <summary>An <see cref="ICustomerConversations"/> that remembers what the desk told whom.</summary>
internal sealed class RecordingConversations : ICustomerConversations
{
    public List<(string ConversationId, CustomerNotice Notice)> Notices { get; } = [];

    public Task<bool> SendFromAgentAsync(string conversationId, string agentName, string text, CancellationToken ct) => Task.FromResult(true);

    public Task<bool> NotifyAsync(string conversationId, CustomerNotice notice, CancellationToken ct)
    {
        Notices.Add((conversationId, notice));
        return Task.FromResult(true);
    }

    public Task WakeAsync(string conversationId, CancellationToken ct) => Task.CompletedTask;
}
