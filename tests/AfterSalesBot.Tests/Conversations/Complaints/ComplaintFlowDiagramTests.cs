using AfterSalesBot.Bot.Conversations.Complaints;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>The flow diagram is generated from the machine, never drawn: docs/complaint-flow.dot must be its output.</summary>
public sealed class ComplaintFlowDiagramTests
{
    private static readonly string Committed = Path.Combine(RepoPaths.Root, "docs", "complaint-flow.dot");

    [Fact]
    public void TheCommittedDiagramIsWhatTheMachineGenerates()
    {
        var generated = ComplaintFlow.ToDotGraph();
        if (Environment.GetEnvironmentVariable("UPDATE_DIAGRAMS") == "1") File.WriteAllText(Committed, generated);

        Assert.True(File.Exists(Committed), "Run the tests once with UPDATE_DIAGRAMS=1 to write " + Committed);
        Assert.Equal(generated.ReplaceLineEndings(), File.ReadAllText(Committed).ReplaceLineEndings());
    }

    [Fact]
    public void TheDiagramNamesItsGuardsAndEverySteps()
    {
        var dot = ComplaintFlow.ToDotGraph();
        Assert.Contains("HasARemedyToOffer", dot);
        Assert.Contains("HasAnotherOption", dot);
        foreach (var step in new[] { "Listening", "Confirming", "Gathering", "AwaitingAgreement", "Agreed", "Escalated", "Abandoned" })
            Assert.Contains(step, dot);
    }

    [Fact]
    public void InterruptionsLiveOnTheSuperstateEveryWorkingStepJoins()
    {
        var state = new ComplaintState();
        var flow = new ComplaintFlow(state);
        flow.StartComplaint();
        flow.FinishVenting();
        flow.ConfirmProblem();
        Assert.True(flow.IsInComplaint);

        flow.Escalate();
        Assert.Equal(ComplaintStep.Escalated, state.Step);
        Assert.False(flow.IsInComplaint);
    }

    [Fact]
    public void ASecondRefusalHasNoNextOptionEvenWhenMoreRemain()
    {
        var state = new ComplaintState
        {
            Step = ComplaintStep.AwaitingAgreement,
            Offers = [Remedy("FreeRepair"), Remedy("Replacement"), Remedy("Refund")],
            Rejections = 2,
        };
        Assert.False(new ComplaintFlow(state).CanOfferAnother);
        state.Rejections = 1;
        Assert.True(new ComplaintFlow(state).CanOfferAnother);
    }

    private static OfferedRemedy Remedy(string kind) => new(kind, 0, "CNY", 24, "Bot", kind);
}
