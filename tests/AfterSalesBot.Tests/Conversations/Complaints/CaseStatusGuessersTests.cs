using AfterSalesBot.Escalation.Cases;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Somebody guessing digits on a customer's case number cannot lock the customer out of the status check: wrong checks
/// count per asker (the conversation asking), and a conversation that once proved the digits is never blocked, in both
/// languages, through the real pipeline.
/// </summary>
public sealed class CaseStatusGuessersTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static bool Zh(string locale) => locale.StartsWith("zh", StringComparison.Ordinal);

    private static async Task<string> CustomersCaseAsync(ConversationDriver driver)
    {
        var sheet = new CaseSheet { ConversationId = "customer-old-phone", Model = "JZT-Q5", Phone = "138 1234 5678", Problem = "won't light" };
        var opened = await driver.Get<ICaseDesk>().OpenAsync(new OpenCaseRequest("customer-old-phone", "directline", "en-US",
            EscalationReason.CustomerAskedForPerson, CasePriority.Normal, sheet, 24, 48), None);
        return opened.Number;
    }

    /// <summary>Wrong digits on <paramref name="number"/> from other conversations, through the same desk the bot uses.</summary>
    private static async Task GuessAsync(ConversationDriver driver, string number, int conversations, int guessesEach)
    {
        for (var c = 0; c < conversations; c++)
            for (var g = 0; g < guessesEach; g++)
                await driver.Get<ICaseDesk>().CheckStatusAsync(new CaseStatusCheck(number, $"mallory-{c}", $"9{c % 10}{g % 10}0"), None);
    }

    private static async Task<string> AskAsync(ConversationDriver driver, string text) =>
        string.Join("\n", (await driver.SayAsync(text)).Select(r => r.Text));

    [Theory]
    [InlineData("en-US", "status of {0}", "number 1 in the queue", "I cannot check cases right now")]
    [InlineData("zh-CN", "查一下{0}的进展", "排在第 1 位", "暂时无法查询案件")]
    public async Task A_guesser_who_used_up_his_tries_does_not_lock_out_the_customer(string locale, string question, string shown, string refused)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        var number = await CustomersCaseAsync(driver);
        await GuessAsync(driver, number, conversations: 1, guessesEach: 5);

        Assert.Contains(Zh(locale) ? "后四位" : "last four digits", await AskAsync(driver, string.Format(question, number)));
        var answer = await AskAsync(driver, "5678");
        Assert.Contains(shown, answer);
        Assert.DoesNotContain(refused, answer);
    }

    [Theory]
    [InlineData("en-US", "status of {0}", "number 1 in the queue", "last four digits")]
    [InlineData("zh-CN", "查一下{0}的进展", "排在第 1 位", "后四位")]
    public async Task A_conversation_that_proved_the_digits_is_never_blocked(string locale, string question, string shown, string digits)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        var number = await CustomersCaseAsync(driver);
        Assert.Contains(digits, await AskAsync(driver, string.Format(question, number)));
        Assert.Contains(shown, await AskAsync(driver, "5678"));

        await GuessAsync(driver, number, conversations: 12, guessesEach: 3); // enough to lock the number against strangers

        var again = await AskAsync(driver, string.Format(question, number));
        Assert.Contains(shown, again);
        Assert.DoesNotContain(digits, again);
    }
}
