using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Bot.Quotas;

/// <summary>
/// The "Quotas" section: what one conversation may send, on every channel. The defaults leave room for a customer
/// typing fast and sending a few photos, and stop a script from filling the database.
/// </summary>
public sealed class ConversationQuotaOptions
{
    public const string SectionName = "Quotas";

    /// <summary>Messages (and other activities) one conversation may send per minute; a burst of this many is allowed.</summary>
    [Range(1, 100_000)]
    public int MessagesPerMinute { get; set; } = 30;

    /// <summary>Bytes one conversation may send per UTC day, activities and uploaded files together; default 32 MiB.</summary>
    [Range(1024, long.MaxValue)]
    public long BytesPerDay { get; set; } = 32L * 1024 * 1024;

    /// <summary>Files (attachment entries) one activity or upload may carry; the bot acknowledges them in one reply.</summary>
    [Range(1, 1000)]
    public int AttachmentsPerActivity { get; set; } = 10;

    /// <summary>How many conversations' counters are kept in memory before idle ones are dropped.</summary>
    [Range(100, 10_000_000)]
    public int TrackedConversations { get; set; } = 100_000;
}
