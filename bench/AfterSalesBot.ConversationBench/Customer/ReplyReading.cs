using AfterSalesBot.ConversationBench.Channel;

namespace AfterSalesBot.ConversationBench.Customer;

/// <summary>What the customer makes of one turn's replies: the question now asked (the last reply that asks one) and
/// whether an outcome was announced.</summary>
public sealed record ReplyReading(QuestionKind Question, string QuestionText, ReplyOutcome Outcome, bool WentWrong)
{
    public static ReplyReading Of(IReadOnlyList<BotMessage> replies)
    {
        var outcome = replies.SelectMany(r => BotPhrases.Outcomes.Where(o => o.Pattern.IsMatch(r.Text)))
            .Select(o => o.Outcome).FirstOrDefault();
        var wentWrong = replies.Any(r => BotPhrases.SomethingWentWrong.IsMatch(r.Text));
        foreach (var reply in replies.Reverse())
        {
            foreach (var (kind, pattern) in BotPhrases.Questions)
            {
                if (pattern.IsMatch(reply.Text))
                    return new ReplyReading(kind, reply.Text, outcome, wentWrong);
            }
        }

        return new ReplyReading(QuestionKind.None, replies.LastOrDefault()?.Text ?? "", outcome, wentWrong);
    }
}
