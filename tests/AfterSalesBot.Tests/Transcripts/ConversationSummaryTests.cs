using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Conversations.Complaints;
using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Tests.Conversations;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Transcripts;

public sealed class ConversationSummaryTests
{
    [Fact]
    public async Task TheTurnStoresTheSummaryAndItsFactsSurviveARestartAndAFailure()
    {
        var bot = new SummarisingBot();
        await using var host = await PipelineHost.StartAsync(s => PipelineHost.ReplaceBot(s, bot));
        var (conversation, user) = await host.OpenConversationAsync();

        async Task TurnAsync(ConversationSummary? summary, bool fail = false)
        {
            bot.Summary = summary;
            bot.Fail = fail;
            await host.Get<TurnInbox>().AcceptAsync(TurnPipelineTests.UserMessage(conversation, user, "x"), true, default);
            await host.DrainAsync();
        }

        await TurnAsync(new ConversationSummary("JZT-Q5", TranscriptOutcomes.InProgress, null, "Covered", ["IN_WARRANTY", "VOLTAGE"], 1, 0, false, 400));
        await TurnAsync(new ConversationSummary("JZT-Q5", TranscriptOutcomes.Escalated, "AS-20261122-0001", "Covered", ["IN_WARRANTY", "VOLTAGE"], 0, 0, true, 900));
        await TurnAsync(ConversationSummary.None); // the customer starts afresh: the bot forgot, the conversation did not
        await TurnAsync(null, fail: true);

        await using var db = host.CreateDbContext();
        var record = await db.Conversations.SingleAsync(c => c.Id == conversation);
        Assert.Equal(("JZT-Q5", TranscriptOutcomes.Escalated, "AS-20261122-0001", "Covered", "IN_WARRANTY,VOLTAGE"),
            (record.Product, record.Outcome, record.CaseNumber, record.Verdict, record.ReasonCodes));
        Assert.Equal((1, 0, true, 900), (record.OffersMade, record.OffersAccepted, record.Escalated, record.ModelTokens));
    }

    [Fact]
    public void TheModelTokensSurviveARestartOfTheComplaintAndGoIntoTheSummary()
    {
        var state = new ComplaintState { Step = ComplaintStep.Agreed, Model = "JZT-Q5", ModelTokens = 1_234 };

        var restarted = state.Restart();

        Assert.Equal((ComplaintStep.Idle, (string?)null, 1_234), (restarted.Step, restarted.Model, restarted.ModelTokens));
        Assert.Equal(1_234, ComplaintSummary.Summarise(restarted).ModelTokens);
    }

    [Fact]
    public async Task ABotThatGivesNoSummaryLeavesTheOutcomeUnknown()
    {
        var bot = new SummarisingBot();
        await using var host = await PipelineHost.StartAsync(s => PipelineHost.ReplaceBot(s, bot));
        var (conversation, user) = await host.OpenConversationAsync();

        await host.Get<TurnInbox>().AcceptAsync(TurnPipelineTests.UserMessage(conversation, user, "x"), true, default);
        await host.DrainAsync();

        await using var db = host.CreateDbContext();
        Assert.Null((await db.Conversations.SingleAsync(c => c.Id == conversation)).Outcome);
    }

    public static TheoryData<ComplaintStep, string, int, int, bool> Steps => new()
    {
        { ComplaintStep.Idle, TranscriptOutcomes.NoComplaint, 1, 0, false },
        { ComplaintStep.Gathering, TranscriptOutcomes.InProgress, 1, 0, false },
        { ComplaintStep.AwaitingAgreement, TranscriptOutcomes.InProgress, 2, 0, false },
        { ComplaintStep.Agreed, TranscriptOutcomes.Agreed, 2, 1, false },
        { ComplaintStep.Escalated, TranscriptOutcomes.Escalated, 1, 0, true },
        { ComplaintStep.Abandoned, TranscriptOutcomes.InProgress, 1, 0, false },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public void TheComplaintSummarisesItsStep(ComplaintStep step, string outcome, int offersMade, int accepted, bool escalated)
    {
        var state = new ComplaintState
        {
            Step = step, Model = "JZT-Q5", Verdict = "Covered", CaseNumber = "AS-1",
            Reasons = [new("IN_WARRANTY", "in warranty"), new("VOLTAGE", "voltage"), new("IN_WARRANTY", "again")],
            Refused = [new("FreeRepair", 0m, "CNY", null, "Bot", "Free repair")],
        };

        var summary = ComplaintSummary.Summarise(state);

        Assert.Equal((outcome, offersMade, accepted, escalated), (summary.Outcome, summary.OffersMade, summary.OffersAccepted, summary.Escalated));
        Assert.Equal(("JZT-Q5", "Covered", "AS-1"), (summary.Product, summary.Verdict, summary.CaseNumber));
        Assert.Equal(["IN_WARRANTY", "VOLTAGE"], summary.ReasonCodes);
    }

    private sealed class SummarisingBot : IBot
    {
        public ConversationSummary? Summary { get; set; }
        public bool Fail { get; set; }

        public Task OnTurnAsync(TurnContext turn, CancellationToken ct)
        {
            if (Fail) throw new InvalidOperationException("knowledge store offline");
            turn.Summary = Summary;
            turn.Reply("ok");
            return Task.CompletedTask;
        }
    }
}
