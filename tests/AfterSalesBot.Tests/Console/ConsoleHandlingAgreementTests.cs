using System.Text;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Transcripts;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Console;

/// <summary>The handling agreement on the case page, the transcript page and in the exports, over real HTTP against the
/// real host: every offer with who, policy version, times and answer, customer-influenced text escaped.</summary>
public sealed class ConsoleHandlingAgreementTests(ConsoleServerFixture fixture) : IClassFixture<ConsoleServerFixture>
{
    private const string Hostile = "<script>alert('offer')</script> free repair";

    /// <summary>An escalated case with a refused offer by the bot and an open one by an agent, approved by a supervisor.</summary>
    private async Task<(string Number, string Conversation)> CaseWithOffersAsync()
    {
        var (customer, number) = await ConsoleCustomer.EscalateAsync(fixture.Server, "My printer keeps jamming");
        customer.Dispose();
        await using var db = ConsoleSession.OpenDatabase(fixture.Server);
        var c = await db.Cases.AsNoTracking().SingleAsync(x => x.Number == number);
        var at = c.OpenedAt.AddMinutes(-3);
        var refused = Offer(number, c.ConversationId, 1, "bot", null, Hostile, at);
        var open = Offer(number, c.ConversationId, 2, ConsoleServerFixture.Agent, "sup.zhao", "200 yuan credit", at.AddMinutes(2));
        db.Offers.AddRange(refused, open);
        db.Answers.Add(new RemedyAnswer { OfferId = refused.Id, Answer = RemedyAnswers.Refused, AnsweredAt = at.AddMinutes(1) });
        await db.SaveChangesAsync();
        return (number, c.ConversationId);
    }

    private static RemedyOffer Offer(string number, string conversation, int sequence, string by, string? approver, string description, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at), CaseNumber = number, ConversationId = conversation, OfferedBy = by, ApprovedBy = approver,
        RemedyKind = sequence == 1 ? "FreeRepair" : "Goodwill", RemedyCost = sequence == 1 ? 0m : 200m, RemedyCurrency = "CNY",
        RemedyGrantedBy = sequence == 1 ? "Bot" : "Supervisor", RemedyDescription = description, PolicyCode = "OFFICE-STD", PolicyVersion = 4,
        OfferedAt = at, Sequence = sequence,
    };

    [Fact]
    public async Task The_case_page_lists_each_offer_with_who_policy_times_and_answer_escaped()
    {
        var (number, _) = await CaseWithOffersAsync();
        using var agent = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Agent);

        var page = await agent.GetPageAsync($"/console/case/{number}");

        var section = page[page.IndexOf("id=\"handling-agreement\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.DoesNotContain("<script>alert", page);
        Assert.Contains("&lt;script&gt;alert(&#x27;offer&#x27;)&lt;/script&gt; free repair", section);
        Assert.Contains("Handling agreement", section);
        Assert.Contains(">Refused<", section);
        Assert.Contains("Open (went to a person)", section);
        Assert.Contains(ConsoleServerFixture.Agent, section);
        Assert.Contains("approved by sup.zhao", section);
        Assert.Contains("<code>OFFICE-STD</code> v4", section);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(section, "<tr class=\"offer").Count);
    }

    [Fact]
    public async Task The_transcript_page_and_every_export_carry_the_agreement()
    {
        var (number, conversation) = await CaseWithOffersAsync();
        using var supervisor = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Supervisor);
        var link = "/console/supervisor/transcript/" + Uri.EscapeDataString(conversation);

        var page = await supervisor.GetPageAsync(link);
        Assert.Contains("id=\"handling-agreement\"", page);
        Assert.Contains("&lt;script&gt;alert(&#x27;offer&#x27;)&lt;/script&gt;", page);
        Assert.DoesNotContain("<script>alert", page);
        var print = await supervisor.GetPageAsync(link + "?handler=Print&notes=false");
        Assert.Contains("approved by sup.zhao", print);

        var json = await (await supervisor.GetAsync(link + "?handler=Export&format=transcript")).Content.ReadAsStringAsync();
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var events = doc.RootElement.EnumerateArray()
            .Where(a => a.TryGetProperty("name", out var n) && n.GetString() == BotFrameworkTranscript.AgreementEventName).ToList();
        Assert.Equal(2, events.Count);
        Assert.Equal(("Refused", Hostile, number), (events[0].GetProperty("value").GetProperty("answer").GetString(),
            events[0].GetProperty("value").GetProperty("description").GetString(), events[0].GetProperty("value").GetProperty("caseNumber").GetString()));
        Assert.Equal(("Open", "sup.zhao", 4), (events[1].GetProperty("value").GetProperty("answer").GetString(),
            events[1].GetProperty("value").GetProperty("approvedBy").GetString(), events[1].GetProperty("value").GetProperty("policyVersion").GetInt32()));

        var csv = Encoding.UTF8.GetString(await (await supervisor.GetAsync(link + "?handler=Export&format=csv")).Content.ReadAsByteArrayAsync());
        var rows = csv.Split("\r\n").Where(r => r.Contains(",agreement,", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Contains(rows, r => r.Contains($"answer,{number}: Refused", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("agent.li,sup.zhao,offer", StringComparison.Ordinal) && r.Contains("policy OFFICE-STD v4", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains($"{number}: Open", StringComparison.Ordinal));
    }
}
