using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Bot.Conversations.Complaints;

/// <summary>Section "Complaints". Service times normally come from the product line's service level; these
/// defaults apply when the purchase is not known yet (DOMAIN.md §8).</summary>
public sealed class ComplaintOptions
{
    public const string Section = "Complaints";

    /// <summary>The customers' time zone when the channel does not say (Web Chat sends its own). Default Asia/Shanghai.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Hours to a first reply. Default 24.</summary>
    [Range(1, 720)]
    public int FirstReplyHours { get; set; } = 24;

    /// <summary>Hours to a solution or repair plan. Default 48.</summary>
    [Range(1, 720)]
    public int SolutionHours { get; set; } = 48;

    /// <summary>Hours to respond to an emergency. Default 1.</summary>
    [Range(1, 72)]
    public int EmergencyResponseHours { get; set; } = 1;

    /// <summary>Wrong answers to one question before the customer is offered a person. Default 3.</summary>
    [Range(1, 10)]
    public int AnswersBeforePerson { get; set; } = 3;

    /// <summary>Messages the bot listens to before it restates the problem by itself. Default 3.</summary>
    [Range(1, 20)]
    public int ListeningMessages { get; set; } = 3;

    /// <summary>Product lines without a physical unit: never asked whether it was dropped or got wet. Default FINANCE_SW.</summary>
    public List<string> SoftwareLines { get; set; } = ["FINANCE_SW"];

    /// <summary>Misses of a question that is not essential (start, circumstances, product, phone) before the bot goes on
    /// without the answer. Default 2.</summary>
    [Range(1, 10)]
    public int AnswersBeforeMovingOn { get; set; } = 2;

    /// <summary>Compensation asked above this many times the goodwill cap is declined as unreasonable. Default 10.</summary>
    [Range(1, 1000)]
    public int UnreasonableMultiple { get; set; } = 10;
}
