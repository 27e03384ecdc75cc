using System.Text.RegularExpressions;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Console;

/// <summary>A customer on the self-hosted Direct Line who complains and asks for a person: the case the console works on.</summary>
internal static partial class ConsoleCustomer
{
    public static async Task<(DirectLineTestClient Client, string CaseNumber)> EscalateAsync(BotServer server, string complaint, string locale = "en-US")
    {
        var client = await new DirectLineTestClient(server).StartSessionAsync();
        await client.WaitForRepliesAsync(await client.SendTextAsync(complaint, locale));
        var replies = await client.WaitForRepliesAsync(await client.SendTextAsync(locale.StartsWith("zh") ? "转人工" : "talk to a person", locale));
        var text = string.Join(" ", replies.Select(r => (string?)r["text"]));
        var number = CaseNumber().Match(text);
        if (!number.Success) throw new InvalidOperationException("No case number in: " + text);
        return (client, number.Value);
    }

    /// <summary>What a customer says to agree a repair of a demo stove in warranty (JQ525091280), and a part of the bot's
    /// answer to each; the last one carries the case number.</summary>
    public static readonly IReadOnlyList<(string Say, string Expect)> RepairAgreed =
    [
        ("My Q5 gas stove will not light since yesterday", "Is that correct?"),
        ("that is all", "Is that correct?"),
        ("yes", "serial number"),
        ("JQ525091280", "dropped"),
        ("no, never", "What would you like us to do"),
        ("repair it please", "phone number"),
        ("13812345678", "Would you like that?"),
        ("yes", "recorded our agreement under case AS-"),
    ];

    /// <summary>A customer who complains about a stove in warranty and agrees a repair with the bot: the case waits
    /// for the action (ActionPending, no owner).</summary>
    public static async Task<(DirectLineTestClient Client, string CaseNumber)> AgreeRepairAsync(BotServer server)
    {
        var client = await new DirectLineTestClient(server).StartSessionAsync();
        var last = "";
        foreach (var (say, expect) in RepairAgreed)
        {
            var replies = await client.WaitForRepliesAsync(await client.SendTextAsync(say));
            last = string.Join(" ", replies.Select(r => (string?)r["text"]));
            if (!last.Contains(expect, StringComparison.Ordinal))
                throw new InvalidOperationException($"After '{say}' expected '{expect}', heard: {last}");
        }
        return (client, CaseNumber().Match(last).Value);
    }

    /// <summary>Every text the customer has been sent so far.</summary>
    public static async Task<string> AllTextAsync(DirectLineTestClient client)
    {
        var (activities, _) = await client.GetActivitiesAsync();
        return string.Join("\n", activities.Select(a => (string?)a!["text"]).Where(t => t is not null));
    }

    /// <summary>Polls the customer's history until <paramref name="fragment"/> appears.</summary>
    public static async Task<string> WaitForTextAsync(DirectLineTestClient client, string fragment, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var all = await AllTextAsync(client);
            if (all.Contains(fragment, StringComparison.Ordinal)) return all;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"'{fragment}' never reached the customer:\n{all}");
            await Task.Delay(50);
        }
    }

    [GeneratedRegex(@"AS-\d{8}-\d{4}")]
    private static partial Regex CaseNumber();
}
