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

    private static readonly System.Text.RegularExpressions.Regex HesitantBut = new(@"^(?:but|though|however|但|不过|可是|就是)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static readonly char[] ClauseBreaks = ['.', '。', ',', '，', '!', '！', ';', '；', '\n'];

    /// <summary>"ok go ahead. what happens next?", "ok, refund it then. can you give me the case number again?", "行，但是要快":
    /// a message that opens by taking the offer is an agreement first; the agreement's reply answers what comes next and
    /// gives the case number, so the question after it is not answered instead.</summary>
    private bool AcceptsTheOfferFirst()
    {
        if (_state.Step != ComplaintStep.AwaitingAgreement || _state.DeclinedAll || OfferAnswers.Refuses(_text)) return false;
        var cut = _text.IndexOfAny(ClauseBreaks);
        if (cut <= 0) return false;
        var rest = _text[(cut + 1)..].TrimStart();
        // "ok, but how much are the parts?" hesitates: the question is answered and the offer stands.
        if (HesitantBut.IsMatch(rest) && (rest.Contains('?') || rest.Contains('？'))) return false;
        if (OfferAnswers.Accepts(_text[..cut])) return true;
        // "brilliant, cheers! sorry, what's my case number?" (round 72): the thanks closes the first sentence, not its first clause.
        var sentence = _text.IndexOfAny(SentenceBreaks);
        return sentence > cut && !_text[..sentence].Contains('?') && OfferAnswers.Accepts(_text[..sentence]);
    }

    private static readonly char[] SentenceBreaks = ['.', '。', '!', '！', '?', '？', ';', '；', '\n'];

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
