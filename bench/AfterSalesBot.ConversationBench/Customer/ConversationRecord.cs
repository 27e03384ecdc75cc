using AfterSalesBot.ConversationBench.Channel;

namespace AfterSalesBot.ConversationBench.Customer;

/// <summary>What the customer saw and did in one scenario, before the outcome is scored.</summary>
public sealed class ConversationRecord
{
    public string? ConversationId { get; set; }
    public List<string> Transcript { get; } = [];

    /// <summary>The bot's messages after the customer's first message in the scenario's language (the language fact reads these;
    /// for a customer who switches language mid-conversation, the replies after the switch).</summary>
    public List<BotMessage> RepliesAfterFirstMessage { get; } = [];
    public int CustomerMessages { get; set; }
    public ReplyOutcome Outcome { get; set; }

    /// <summary>Why the conversation got nowhere; null when it reached an outcome.</summary>
    public string? DeadEnd { get; set; }
    public string LastBotReply { get; set; } = "";
    public int AskedAgain { get; set; }

    /// <summary>"Something went wrong" replies, and exceptions on the bench's side of the channel.</summary>
    public int Failures { get; set; }
}
