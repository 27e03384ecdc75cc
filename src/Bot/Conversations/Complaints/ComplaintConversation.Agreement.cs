using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Knowledge.Coverage;

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
        // "yes swap it please. can I keep the ink cartridges? … I don't want them going back" (round 72 hold-out): what follows
        // the first question is about the question, not the offer.
        var asked = _text.IndexOfAny(['?', '？']);
        if (_state.Step != ComplaintStep.AwaitingAgreement || _state.DeclinedAll || OfferAnswers.Refuses(asked < 0 ? _text : _text[..(asked + 1)])) return false;
        if (NamesThePartToReplace()) return true;
        var cut = _text.IndexOfAny(ClauseBreaks);
        // "可以 什么时候来", "ok when will your guy come" (round 81): typed without a comma, a yes and then when it happens.
        if (cut <= 0) return SpacedYesThenWhen();
        var rest = _text[(cut + 1)..].TrimStart();
        // "ok, but how much are the parts?" hesitates: the question is answered and the offer stands.
        if (HesitantBut.IsMatch(rest) && (rest.Contains('?') || rest.Contains('？'))) return false;
        if (OfferAnswers.Accepts(_text[..cut]) || NamesTheOfferAlone(_text[..cut])) return true;
        // "brilliant, cheers! sorry, what's my case number?" (round 72): the thanks closes the first sentence, not its first clause.
        var sentence = _text.IndexOfAny(Understanding.Text.Clauses.SentenceOrLineStops);
        return sentence > cut && !_text[..sentence].Contains('?') && OfferAnswers.Accepts(_text[..sentence]);
    }

    private bool SpacedYesThenWhen()
    {
        var text = _text.Trim();
        var space = text.IndexOf(' ');
        if (space <= 0) return false;
        var (head, rest) = (text[..space], text[(space + 1)..].TrimStart());
        return AsksWhen().IsMatch(rest) && (OfferAnswers.Accepts(head) || NamesTheOfferAlone(head));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:so\s+|and\s+)?(?:when|what\s+time|what\s+day|how\s+soon|how\s+long)(?![a-z])|^(?:那|师傅|你们|人)?(?:什么时候|啥时候|几点|哪天|多久|多长时间)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AsksWhen();

    /// <summary>"那换个感光鼓吧", "just replace the drum then" (round 112): the part on offer agreed by naming its replacement.</summary>
    private bool NamesThePartToReplace() =>
        _state.Offers.Count > _state.OfferIndex
        && _state.Offers[_state.OfferIndex].Kind == nameof(RemedyKind.PartReplacement) && PartReplaced().IsMatch(_text.Trim());

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:那|那就|好|好的|行|嗯|ok|okay|fine|alright|right|just)[\s,，]*)*(?:就)?(?:换|更换|(?:replace|change|swap)(?![a-z]))(?![^?？]*(?:新机|新的机|整机|整台|一台|机器|new\s+(?:one|unit|machine|printer|copier)))[^?？]{0,24}$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PartReplaced();

    /// <summary>"退。那个案件号能再发我一下不?" (round 72 hold-out): the remedy on the table named in one word, then a question.</summary>
    private bool NamesTheOfferAlone(string clause)
    {
        var kind = _state.Offers.Count > _state.OfferIndex ? _state.Offers[_state.OfferIndex].Kind : null;
        var named = BareRemedy().Match(clause.Trim());
        return named.Success && kind is not null && (named.Groups["refund"].Success ? kind == nameof(RemedyKind.Refund)
            : named.Groups["swap"].Success ? kind == nameof(RemedyKind.Replacement)
            : kind is nameof(RemedyKind.FreeRepair) or nameof(RemedyKind.PaidRepair));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?<refund>退|退吧|退款|退货|退钱|refund(?:\s+it)?(?:\s+please)?)|(?<swap>换|换吧|换新的|replace\s+it(?:\s+please)?|swap\s+it(?:\s+please)?)|(?<repair>修|修吧|repair\s+it(?:\s+please)?|fix\s+it(?:\s+please)?))$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex BareRemedy();

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
