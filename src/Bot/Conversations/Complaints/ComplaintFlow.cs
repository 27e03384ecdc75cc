using Stateless;
using Stateless.Graph;

namespace AfterSalesBot.Bot.Conversations.Complaints;

/// <summary>
/// The complaint procedure as a state machine (DOMAIN.md §2): listen → apologise and confirm → gather the facts →
/// propose a remedy and ask for agreement → agreed, escalated or abandoned; then the follow-up (DOMAIN.md §2 step 6):
/// was it solved? → the satisfaction survey, or the case reopens with a person, or unconfirmed. Help, cancel,
/// start over, "a person", status and warranty questions and safety are handled once, on the superstate every
/// step belongs to. The machine is rebuilt each turn over the persisted step, and these methods are the only way in.
/// </summary>
public sealed class ComplaintFlow
{
    private enum Trigger
    {
        Complain,
        Hear,
        FinishVenting,
        ConfirmProblem,
        CorrectProblem,
        FactsComplete,
        AcceptRemedy,
        RejectRemedy,
        Escalate,
        Cancel,
        StartOver,
        HandBackToPropose,
        HandBackSettled,
        FollowUp,
        Solved,
        NotSolved,
        Unanswered,
        Rate,
    }

    private readonly ComplaintState _state;
    private readonly StateMachine<ComplaintStep, Trigger> _machine;

    public ComplaintFlow(ComplaintState state)
    {
        _state = state;
        _machine = new StateMachine<ComplaintStep, Trigger>(() => _state.Step, s => _state.Step = s);

        _machine.Configure(ComplaintStep.Idle)
            .Permit(Trigger.Complain, ComplaintStep.Listening)
            .Permit(Trigger.Escalate, ComplaintStep.Escalated)
            .Ignore(Trigger.Cancel)
            .Ignore(Trigger.StartOver);

        // The steps of one complaint: every interruption is configured here once.
        _machine.Configure(InComplaint)
            .Permit(Trigger.Escalate, ComplaintStep.Escalated)
            .Permit(Trigger.Cancel, ComplaintStep.Abandoned)
            .Permit(Trigger.StartOver, ComplaintStep.Listening);

        _machine.Configure(ComplaintStep.Listening)
            .SubstateOf(InComplaint)
            .PermitReentry(Trigger.Hear)
            .PermitReentry(Trigger.StartOver)
            .Permit(Trigger.FinishVenting, ComplaintStep.Confirming)
            .Ignore(Trigger.Complain);

        _machine.Configure(ComplaintStep.Confirming)
            .SubstateOf(InComplaint)
            .Permit(Trigger.ConfirmProblem, ComplaintStep.Gathering)
            .Permit(Trigger.CorrectProblem, ComplaintStep.Listening);

        _machine.Configure(ComplaintStep.Gathering)
            .SubstateOf(InComplaint)
            .PermitIf(Trigger.FactsComplete, ComplaintStep.AwaitingAgreement, HasARemedyToOffer, nameof(HasARemedyToOffer));

        _machine.Configure(ComplaintStep.AwaitingAgreement)
            .SubstateOf(InComplaint)
            .Permit(Trigger.AcceptRemedy, ComplaintStep.Agreed)
            .PermitReentryIf(Trigger.RejectRemedy, HasAnotherOption, nameof(HasAnotherOption))
            // A fact corrected at the offer (the serial, the start date) is decided again, and the new decision offered.
            .PermitReentryIf(Trigger.FactsComplete, HasARemedyToOffer, nameof(HasARemedyToOffer));

        // After the end of one complaint, the customer may start another.
        foreach (var end in new[] { ComplaintStep.Agreed, ComplaintStep.Escalated, ComplaintStep.Abandoned })
        {
            _machine.Configure(end)
                .Permit(Trigger.Complain, ComplaintStep.Listening)
                .Ignore(Trigger.Cancel)
                .Ignore(Trigger.StartOver);
        }
        // The follow-up reaches the customer after the remedy was carried out, whatever they did in between, unless
        // they are in the middle of another complaint (then it waits: the scheduler retries).
        foreach (var end in new[] { ComplaintStep.Idle, ComplaintStep.Agreed, ComplaintStep.Escalated, ComplaintStep.Abandoned, ComplaintStep.FollowedUp })
            _machine.Configure(end).Permit(Trigger.FollowUp, ComplaintStep.FollowingUp);

        _machine.Configure(ComplaintStep.FollowingUp)
            .PermitReentry(Trigger.FollowUp)
            .Permit(Trigger.Solved, ComplaintStep.Rating)
            .Permit(Trigger.NotSolved, ComplaintStep.Escalated)
            .Permit(Trigger.Unanswered, ComplaintStep.FollowedUp)
            .Permit(Trigger.Escalate, ComplaintStep.Escalated)
            .Permit(Trigger.Complain, ComplaintStep.Listening);

        _machine.Configure(ComplaintStep.Rating)
            .Permit(Trigger.Rate, ComplaintStep.FollowedUp)
            .Permit(Trigger.Escalate, ComplaintStep.Escalated)
            .Permit(Trigger.Complain, ComplaintStep.Listening);

        _machine.Configure(ComplaintStep.FollowedUp)
            .Permit(Trigger.Complain, ComplaintStep.Listening)
            .Permit(Trigger.Escalate, ComplaintStep.Escalated)
            .Ignore(Trigger.Cancel)
            .Ignore(Trigger.StartOver);

        _machine.Configure(ComplaintStep.Agreed).Permit(Trigger.Escalate, ComplaintStep.Escalated);
        _machine.Configure(ComplaintStep.Abandoned).Permit(Trigger.Escalate, ComplaintStep.Escalated);
        // A person handed the conversation back: propose a remedy again, or it is settled (agreement, follow-up).
        _machine.Configure(ComplaintStep.Escalated)
            .Ignore(Trigger.Escalate)
            .PermitIf(Trigger.HandBackToPropose, ComplaintStep.AwaitingAgreement, HasARemedyToOffer, nameof(HasARemedyToOffer))
            .Permit(Trigger.HandBackSettled, ComplaintStep.Agreed);
    }

    private const ComplaintStep InComplaint = ComplaintStep.InComplaint;

    public ComplaintStep Step => _state.Step;

    public bool IsInComplaint => _machine.IsInState(InComplaint);

    public void StartComplaint() => _machine.Fire(Trigger.Complain);

    public void HearMore() => _machine.Fire(Trigger.Hear);

    public void FinishVenting() => _machine.Fire(Trigger.FinishVenting);

    public void ConfirmProblem() => _machine.Fire(Trigger.ConfirmProblem);

    public void CorrectProblem() => _machine.Fire(Trigger.CorrectProblem);

    public bool CanProposeRemedy => _machine.CanFire(Trigger.FactsComplete);

    public void ProposeRemedy() => _machine.Fire(Trigger.FactsComplete);

    public void AcceptRemedy() => _machine.Fire(Trigger.AcceptRemedy);

    public bool CanOfferAnother => _machine.CanFire(Trigger.RejectRemedy);

    public void RejectRemedy() => _machine.Fire(Trigger.RejectRemedy);

    public void Escalate() => _machine.Fire(Trigger.Escalate);

    public bool CanResumeProposal => _machine.CanFire(Trigger.HandBackToPropose);

    /// <summary>Handed back at "propose a remedy": the customer is asked again.</summary>
    public void ResumeProposal() => _machine.Fire(Trigger.HandBackToPropose);

    /// <summary>Handed back settled: the agreement is recorded or the follow-up is scheduled.</summary>
    public void SettleAfterHandBack() => _machine.Fire(Trigger.HandBackSettled);

    public bool CanFollowUp => _machine.CanFire(Trigger.FollowUp);

    /// <summary>The remedy was carried out: "was the problem solved?"</summary>
    public void FollowUp() => _machine.Fire(Trigger.FollowUp);

    /// <summary>Solved: the satisfaction survey.</summary>
    public void Solved() => _machine.Fire(Trigger.Solved);

    /// <summary>Not solved: the case reopens with a person.</summary>
    public void NotSolved() => _machine.Fire(Trigger.NotSolved);

    /// <summary>No answer after the reminder: closed as unconfirmed.</summary>
    public void Unanswered() => _machine.Fire(Trigger.Unanswered);

    /// <summary>Rated (or declined to rate): the follow-up is done.</summary>
    public void Rate() => _machine.Fire(Trigger.Rate);

    public void Cancel() => _machine.Fire(Trigger.Cancel);

    public void StartOver() => _machine.Fire(Trigger.StartOver);

    private bool HasARemedyToOffer() => _state.Offers.Count > 0;

    private bool HasAnotherOption() => _state.OfferIndex + 1 < _state.Offers.Count && _state.Rejections < 2;

    /// <summary>The diagram, generated from the machine itself (docs/complaint-flow.dot is this output).</summary>
    public static string ToDotGraph() => UmlDotGraph.Format(new ComplaintFlow(new ComplaintState()).Machine.GetInfo());

    private StateMachine<ComplaintStep, Trigger> Machine => _machine;
}
