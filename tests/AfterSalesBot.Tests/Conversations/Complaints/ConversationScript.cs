using AfterSalesBot.Bot.Conversations.Complaints;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>One line of a conversation table: what the customer says, what the bot must say, the step after.</summary>
public sealed record Line(string Say, string Expect, ComplaintStep Step);

/// <summary>A named conversation, played through <see cref="ConversationDriver"/> line by line.</summary>
public sealed record ConversationScript(string Name, string Locale, IReadOnlyList<Line> Lines)
{
    public override string ToString() => Name;

    public async Task PlayAsync(ConversationDriver driver)
    {
        foreach (var line in Lines)
        {
            var replies = await driver.SayAsync(line.Say);
            var said = string.Join("\n", replies.Select(r => r.Text));
            Assert.True(said.Contains(line.Expect, StringComparison.OrdinalIgnoreCase),
                $"{Name}: after “{line.Say}” expected “{line.Expect}” in:\n{said}");
            Assert.True(replies.All(r => r.Locale == Locale), $"{Name}: a reply to “{line.Say}” was not in {Locale}");
            var step = (await driver.StateAsync()).Step;
            Assert.True(step == line.Step, $"{Name}: after “{line.Say}” the step is {step}, expected {line.Step}");
        }
    }
}
