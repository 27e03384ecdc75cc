using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Escalation.Cases;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    /// <summary>Safety first: advice at once, then a top-priority case; the complaint stops here.</summary>
    private async Task SafetyAsync(SafetyHazard hazard, CancellationToken ct)
    {
        Say(hazard switch
        {
            SafetyHazard.GasLeak => "Safety.GasLeak",
            SafetyHazard.ElectricShock => "Safety.ElectricShock",
            SafetyHazard.Injury => "Safety.Injury",
            _ => "Safety.Fire",
        });
        if (_state.HandedBackCase is { } handedBack
            && (await _services.Desk.RaiseForSafetyAsync(handedBack, hazard.ToString(), ct)).Succeeded)
        {
            // The bot was carrying on a handed-back case: it becomes a safety case, back before its owner; no second case.
            var owner = _state.HandedBackBy ?? "";
            await EscalatedAgainAsync(handedBack, ct);
            Say("Safety.RaisedOnCase", handedBack, owner);
            return;
        }
        if (_state.Step == ComplaintStep.Escalated && _state.CaseNumber is { } existing)
        {
            // Already with the desk: repeat the advice, raise the case to safety, do not open a second case; then say who has
            // it now, as the desk has it after the raise (first in the queue, or its owner).
            await _services.Desk.RaiseForSafetyAsync(existing, hazard.ToString(), ct);
            await SayWaitingAsync(existing, ct);
            return;
        }
        var opened = await OpenCaseAsync(EscalationReason.Safety, CasePriority.Safety, hazard.ToString(), ct);
        // Outside staffed hours the emergency route, never the time the office opens (DOMAIN.md §8: within the hour).
        SayText(Text("Safety.Raised", opened.Number, _state.EmergencyHours ?? Options.EmergencyResponseHours)
            + (opened.StaffedAgainAt is null ? "" : Gap + EmergencyRoute(opened.FirstResponseDue)));
    }

    /// <summary>Hands the conversation to a person with everything gathered, and says what happens next and when.</summary>
    private async Task EscalateAsync(EscalationReason reason, string introKey, CancellationToken ct)
    {
        if (_state.Step == ComplaintStep.Escalated && _state.CaseNumber is { } existing)
        {
            await SayWaitingAsync(existing, ct);
            return;
        }
        if (_state.HandedBackCase is { } handedBack && await BackToOwnerAsync(handedBack, reason, introKey, ct)) return;
        // Priority is for the unit and the customer's safety, not the customer's mood or the number of refusals (ADR 0024):
        // Safety opens through SafetyAsync, a repeat failure is raised by the desk; mood and hurry are on the case sheet.
        var opened = await OpenCaseAsync(reason, CasePriority.Normal, null, ct);
        var position = opened.QueuePosition > 0 ? Text("Escalated.Position", opened.QueuePosition) : "";
        if (opened.OnBusinessHours)
        {
            // Business-hours deadlines: the promise is the deadline itself, a date and time.
            SayText(Text(introKey) + Gap + Text("Escalated.Due", opened.Number, position, LocalTime(opened.FirstResponseDue))
                + (opened.StaffedAgainAt is { } back ? Gap + Text("Escalated.BackAt", LocalTime(back)) : ""));
            return;
        }
        if (opened.StaffedAgainAt is { } staffed)
        {
            // Outside staffed hours: the deadline is said once, as a time, beside when the team is back.
            SayText(Text(introKey) + Gap + Text("Escalated.Due", opened.Number, position, LocalTime(opened.FirstResponseDue))
                + Gap + Text("Escalated.BackAt", LocalTime(staffed)));
            return;
        }
        SayText(Text(introKey) + Gap + Text("Escalated", opened.Number, position, _state.FirstReplyHours ?? Options.FirstReplyHours));
    }

    private async Task<OpenedCase> OpenCaseAsync(EscalationReason reason, CasePriority priority, string? hazard, CancellationToken ct)
    {
        var firstResponse = priority == CasePriority.Safety
            ? _state.EmergencyHours ?? Options.EmergencyResponseHours
            : _state.FirstReplyHours ?? Options.FirstReplyHours;
        var opened = await _services.Desk.OpenAsync(new OpenCaseRequest(
            Activity.Conversation!.Id!, Activity.ChannelId ?? "", Locale, reason, priority, await SheetAsync(hazard, ct),
            firstResponse, _state.SolutionHours ?? Options.SolutionHours, UnreportedOffers(), EffectKey("open-case")), ct);
        // An offer still open stays open on the case: the customer never answered it.
        OffersHandedToDesk();
        _state.CaseNumber = opened.Number;
        _state.Asking = FactQuestion.None;
        _flow.Escalate();
        return opened;
    }

    /// <summary>The idempotency key of one effect of this turn: a turn replayed after a crash repeats it without a second case.</summary>
    private string? EffectKey(string effect) =>
        Activity.Id is { Length: > 0 } id && Activity.Conversation?.Id is { } conversation ? $"{conversation}/{id}/{effect}" : null;

    /// <summary>The sheet with the model's summary when it writes one; never for an emergency, which must not wait.</summary>
    private async Task<CaseSheet> SheetAsync(string? hazard, CancellationToken ct)
    {
        var sheet = Sheet(hazard);
        if (hazard is not null) return sheet;
        return await _services.Wording.SummariseAsync(sheet, _state.Language, _model, ct) is { } summary ? sheet with { Summary = summary } : sheet;
    }

    /// <summary>The case sheet: the facts, the decision with its reasons, the remedies offered and refused, the mood.</summary>
    private CaseSheet Sheet(string? hazard = null) => new()
    {
        ConversationId = Activity.Conversation!.Id!,
        Model = _state.Model,
        ProductName = _state.Model is { } model ? DisplayName(model) : null,
        Serial = _state.Serial,
        OrderNumber = _state.OrderNumber,
        SaleDate = _state.SaleDate,
        Problem = string.Join("\n", _state.Heard.Append(_text).Where(t => t.Length > 0).Distinct()),
        Symptoms = [.. _state.Symptoms],
        StartedOn = _state.StartedOn,
        Circumstances = new Dictionary<string, bool>(_state.Causes),
        Wants = _state.Wants,
        Demand = (_state.CompensationToo ? $"{_state.Wants} + {nameof(DesiredOutcome.Compensation)}" : _state.Wants)
            + (_state.AmountAsked is { } amount ? $" {amount:0.##}" : ""),
        Phone = _state.Phone,
        Email = _state.Email,
        CallBackRequested = _state.CallBackAsked,
        Zone = _state.Zone,
        CoverageVerdict = _state.Verdict,
        CoverageReasons = [.. _state.Reasons.Select(r => new SheetReason(r.Code, r.Text))],
        SameFaultRepairs = _state.SameFaultRepairs,
        // The goodwill granted beside the offer on the table is on the sheet, so the colleague keeps the bot's word.
        RemediesOffered = [.. _state.Offers.Take(_state.OfferIndex + 1).Select((o, i) => i == _state.OfferIndex ? WithGoodwill(ToSheetRemedy(o)) : ToSheetRemedy(o))],
        RemediesRefused = [.. _state.Refused.Select(ToSheetRemedy)],
        Anger = _state.Anger,
        Urgent = _state.Urgent,
        Hazard = hazard,
    };
}
