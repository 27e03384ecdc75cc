using AfterSalesBot.Escalation.Cases;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    /// <summary>
    /// Notes the offer on the table in the handling agreement's log: a new line when it differs from the open one (which the
    /// customer passed over by asking for something else), nothing when it is only repeated.
    /// </summary>
    private OfferLogEntry NoteOffer(OfferedRemedy offer)
    {
        var open = _state.OfferLog.LastOrDefault(e => e.Answer is null);
        if (open is not null && open.Remedy == offer) return open;
        if (open is not null) Answer(open, RemedyAnswers.Refused);
        var entry = new OfferLogEntry
        {
            Id = Guid.CreateVersion7(_turn.Now),
            OfferedBy = offer.OfferedBy ?? "bot",
            Remedy = offer,
            PolicyCode = _state.PolicyCode ?? "",
            PolicyVersion = _state.PolicyVersion,
            OfferedAt = _turn.Now,
        };
        _state.OfferLog.Add(entry);
        return entry;
    }

    private void Answer(OfferLogEntry entry, string answer)
    {
        entry.Answer = answer;
        entry.AnsweredAt = _turn.Now;
        entry.Reported = false;
    }

    /// <summary>What the desk does not have yet, for the request that opens the case (or records the agreement).</summary>
    private List<OfferReport> UnreportedOffers() =>
        [.. _state.OfferLog.Where(e => !e.Reported).Select(e => new OfferReport(e.Id, e.OfferedBy, ToSheetRemedy(e.Remedy), e.PolicyCode,
            e.PolicyVersion, e.OfferedAt, e.Answer, e.AnsweredAt))];

    /// <summary>The desk has the log now (with a new case, or an agreement): a later complaint starts a fresh one.</summary>
    private void OffersHandedToDesk() => _state.OfferLog.Clear();

    /// <summary>While the bot carries on a handed-back case, each offer and answer goes to the desk in the turn it happens.</summary>
    private async Task ReportOffersAsync(CancellationToken ct)
    {
        if (_state.HandedBackCase is not { } number || Activity.Conversation?.Id is not { } conversation) return;
        var pending = UnreportedOffers();
        if (pending.Count == 0) return;
        await _services.Desk.RecordOffersAsync(number, conversation, pending, ct);
        foreach (var entry in _state.OfferLog) entry.Reported = true;
    }
}
