using AfterSalesBot.Bot.Conversations.Complaints;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// A customer who tells a story and then answers each question the bot asks with the line given for it, until the bot offers
/// a remedy or stops asking: the shared script of the round conversation tests that test what happens at the offer.
/// </summary>
internal static class ScriptedCustomer
{
    public const string Phone = "13957126834";

    public static bool Zh(string locale) => locale.StartsWith("zh", StringComparison.Ordinal);

    /// <summary>Tells the story, then answers every question (a yes to each restatement) until the offer; the transcript is
    /// every reply's text, one per line.</summary>
    public static async Task<(ConversationDriver Driver, string Transcript)> AnswerUntilTheOfferAsync(string locale,
        IReadOnlyList<string> story, IReadOnlyDictionary<FactQuestion, string> answers)
    {
        var driver = await ConversationDriver.StartAsync(locale);
        var transcript = new List<string>();
        foreach (var line in story) transcript.AddRange((await driver.SayAsync(line)).Select(r => r.Text ?? ""));
        for (var turn = 0; turn < 12; turn++)
        {
            var state = await driver.StateAsync();
            if (state.Step != Gathering && state.Step != Confirming) break;
            var line = state.Step == Confirming ? Zh(locale) ? "对" : "yes" : answers[state.Asking];
            transcript.AddRange((await driver.SayAsync(line)).Select(r => r.Text ?? ""));
        }
        return (driver, string.Join("\n", transcript));
    }

    /// <summary>Tells a jamming copier's story (the DC-3020 <paramref name="serial"/>) and answers, with a yes to each restatement,
    /// until <paramref name="question"/> is open: where the round tests put what a customer says instead of an answer.</summary>
    public static async Task<(ConversationDriver Driver, string Transcript)> CopierUntilAsync(string locale, FactQuestion question, string serial)
    {
        var driver = await ConversationDriver.StartAsync(locale);
        var transcript = string.Join("\n", (await driver.SayAsync(Zh(locale) ? "复印机一直卡纸" : "the copier keeps jamming")).Select(r => r.Text)) + "\n";
        var answers = Answers(locale, "DC-3020", serial, Zh(locale) ? "修好" : "repair");
        for (var turn = 0; turn < 12; turn++)
        {
            var state = await driver.StateAsync();
            if (state.Asking == question && state.Step == Gathering) break;
            var line = state.Step == Confirming ? Zh(locale) ? "对" : "yes" : answers[state.Asking];
            transcript += "> " + line + "\n" + string.Join("\n", (await driver.SayAsync(line)).Select(r => r.Text)) + "\n";
        }
        return (driver, transcript);
    }

    /// <summary>Plain answers: started three days ago, none of the circumstances (unless given), the phone above.</summary>
    public static Dictionary<FactQuestion, string> Answers(string locale, string product, string serial, string wish,
        string? circumstances = null) => new()
    {
        [FactQuestion.Product] = product,
        [FactQuestion.Serial] = serial,
        [FactQuestion.Started] = Zh(locale) ? "三天前" : "three days ago",
        [FactQuestion.Circumstances] = circumstances ?? (Zh(locale) ? "都没有" : "none of that"),
        [FactQuestion.Wants] = wish,
        [FactQuestion.Phone] = Phone,
    };
}
