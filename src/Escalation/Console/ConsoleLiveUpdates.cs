using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Conversations;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;

namespace AfterSalesBot.Escalation.Console;

/// <summary>A transcript line as the console's script renders it (always as text, never as HTML).</summary>
public sealed record LiveLine(long Sequence, DateTimeOffset At, string Direction, string? Sender, string? Text, string? Agent, int Attachments);

/// <summary>
/// Pushes what changed to the consoles watching it: transcript lines to the case page (group "conv:{id}"), queue
/// changes to the queue pages ("queue"), case changes to the case page ("case:{number}"). Groups span every instance
/// when the host configures the Redis backplane (ADR 0027); otherwise they are this instance's connections.
/// </summary>
public sealed class ConsoleLiveUpdates : ITranscriptObserver
{
    private readonly IHubContext<ConsoleHub> hub;
    private readonly ILogger<ConsoleLiveUpdates> logger;

    public ConsoleLiveUpdates(IHubContext<ConsoleHub> hub, CaseChanges changes, ILogger<ConsoleLiveUpdates> logger)
    {
        this.hub = hub;
        this.logger = logger;
        // Every committed case change (from the console, the bot or the SLA monitor) reaches the pages watching it.
        changes.Changed += change => CaseChanged(change.Number);
    }

    public static string ConversationGroup(string conversationId) => "conv:" + conversationId;

    public static string CaseGroup(string number) => "case:" + number;

    public const string QueueGroup = "queue";

    public void OnAppended(string conversationId, TranscriptLine line)
    {
        if (line.Type != "message") return;
        Push(hub.Clients.Group(ConversationGroup(conversationId)).SendAsync("line", ToLive(line)));
    }

    public void QueueChanged() => Push(hub.Clients.Group(QueueGroup).SendAsync("queue"));

    public void ApprovalsChanged() => Push(hub.Clients.Group(QueueGroup).SendAsync("approvals"));

    public void CaseChanged(string number)
    {
        Push(hub.Clients.Group(CaseGroup(number)).SendAsync("case", number));
        QueueChanged();
    }

    public static LiveLine ToLive(TranscriptLine line) =>
        new(line.Sequence, line.At, line.Direction, line.SenderName, line.Text, line.Agent, line.Attachments);

    private void Push(Task send) => send.ContinueWith(t => logger.LogWarning(t.Exception, "A live console update was not delivered."),
        CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
