using AfterSalesBot.ConversationBench.Customer;

namespace AfterSalesBot.ConversationBench.Scoring;

/// <summary>The outcome facts a scenario expects (SCENARIOS.md "expect"), as they actually came out; null where none.</summary>
public static class OutcomeFacts
{
    public static readonly IReadOnlyList<string> Names = ["coverage", "firstOffer", "escalated", "priority", "caseNumber", "language"];

    public static IReadOnlyDictionary<string, string?> Of(StoredConversation stored, ConversationRecord record) => new Dictionary<string, string?>
    {
        ["coverage"] = stored.Verdict,
        ["firstOffer"] = FirstOffer(stored),
        ["escalated"] = Bool(stored.Cases.Any(c => c.Reason is not null)),
        ["priority"] = (stored.Cases.FirstOrDefault(c => c.Number == stored.CaseNumber) ?? stored.Cases.LastOrDefault())?.Priority,
        ["caseNumber"] = Bool(ToldCaseNumber(stored, record)),
        ["language"] = ReplyLanguage(record),
    };

    /// <summary>The first remedy the bot offered at or after the last coverage decision. The desk's ledger keeps times
    /// to 1,000 ticks, so the decision time is truncated the same way before comparing.</summary>
    private static string? FirstOffer(StoredConversation stored)
    {
        if (stored.DecidedAt is not { } decided)
            return null;
        var from = decided.UtcTicks / 1000 * 1000;
        return stored.Offers.FirstOrDefault(o => o.OfferedBy == "bot" && o.OfferedAt.UtcTicks >= from)?.Kind;
    }

    /// <summary>A case number of this conversation's cases appears in a bot message (not an example number).</summary>
    private static bool ToldCaseNumber(StoredConversation stored, ConversationRecord record) =>
        record.RepliesAfterFirstMessage.Any(m =>
            BotPhrases.CaseNumber().Matches(m.Text).Any(n => stored.Cases.Any(c => c.Number == n.Value)));

    /// <summary>en or zh when every reply with words in it is in that language (CJK characters ⇔ zh), else "mixed".</summary>
    private static string? ReplyLanguage(ConversationRecord record)
    {
        var languages = record.RepliesAfterFirstMessage
            .Select(m => BotPhrases.CaseNumber().Replace(m.Text, ""))
            .Where(text => text.Any(char.IsLetter))
            .Select(text => BotPhrases.Cjk().IsMatch(text) ? "zh" : "en")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        return languages.Count switch
        {
            0 => null,
            1 => languages[0],
            _ => "mixed",
        };
    }

    private static string Bool(bool value) => value ? "true" : "false";
}
