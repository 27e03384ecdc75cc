using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Escalation.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace AfterSalesBot.Escalation.Console;

/// <summary>What the hub answers when the agent's message was not sent.</summary>
public sealed record SendResult(bool Sent, string? Reason);

/// <summary>
/// The console's live connection (staff only): watch the queue, watch a case's conversation (catching up on lines
/// since the page was drawn), and write to the customer as the case's owner.
/// </summary>
[Authorize(Policy = StaffRoles.Policies.Staff)]
public sealed class ConsoleHub(CaseFiles files, CaseQueue queue, ICustomerConversations customers, ITranscripts transcripts, AuditLog audit) : Hub
{
    public const int MaxMessageLength = 2000;

    public Task WatchQueue() => Groups.AddToGroupAsync(Context.ConnectionId, ConsoleLiveUpdates.QueueGroup);

    /// <summary>Joins the case's groups and returns the lines after <paramref name="afterSequence"/>.</summary>
    public async Task<IReadOnlyList<LiveLine>> WatchCase(string number, long afterSequence)
    {
        var file = await files.GetAsync(number, Context.ConnectionAborted) ?? throw new HubException("There is no such case.");
        await Groups.AddToGroupAsync(Context.ConnectionId, ConsoleLiveUpdates.ConversationGroup(file.Case.ConversationId));
        await Groups.AddToGroupAsync(Context.ConnectionId, ConsoleLiveUpdates.CaseGroup(file.Case.Number));
        var lines = await transcripts.ReadAsync(file.Case.ConversationId, afterSequence, Context.ConnectionAborted);
        return [.. lines.Where(l => l.Type == "message").Select(ConsoleLiveUpdates.ToLive)];
    }

    /// <summary>The owner's message to the customer, through the bot, marked with their name.</summary>
    public async Task<SendResult> Send(string number, string text)
    {
        var user = Context.User!;
        text = (text ?? "").Trim();
        if (text.Length == 0) return new SendResult(false, ConsoleTexts.Get("Chat.Empty"));
        if (text.Length > MaxMessageLength) return new SendResult(false, ConsoleTexts.Get("Chat.TooLong", MaxMessageLength));
        var file = await files.GetAsync(number, Context.ConnectionAborted);
        if (file is null) return new SendResult(false, ConsoleTexts.Get("Case.NotFound"));
        if (file.Case.Assignee != user.UserName() || !CaseStatuses.PersonOwnsConversation.Contains(file.Case.Status))
            return new SendResult(false, ConsoleTexts.Get("Chat.NotOwner"));
        if (!await customers.SendFromAgentAsync(file.Case.ConversationId, user.DisplayName(), text, Context.ConnectionAborted))
            return new SendResult(false, ConsoleTexts.Get("Chat.Unreachable"));
        await queue.RecordFirstResponseAsync(file.Case.Number, user.UserName(), Context.ConnectionAborted);
        await audit.WriteAsync(user.UserName(), AuditActions.MessageSent, file.Case.Number, $"{text.Length} characters",
            Context.GetHttpContext()?.Connection.RemoteIpAddress?.ToString(), Context.ConnectionAborted);
        return new SendResult(true, null);
    }
}
