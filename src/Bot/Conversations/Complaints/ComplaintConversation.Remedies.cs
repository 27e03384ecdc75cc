using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Escalation.Approvals;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Knowledge.Coverage;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    /// <summary>Step 4: decide coverage from the knowledge store, say why, and offer the first remedy the bot may grant.</summary>
    private async Task ProposeAsync(CancellationToken ct)
    {
        _state.Asking = FactQuestion.None;
        var found = await FindPurchaseAsync(ct);
        if (!found.Found)
        {
            await EscalateAsync(EscalationReason.NeedsReview, "Escalated.Review", ct);
            return;
        }
        var decision = Decide(found.File!);
        _state.Verdict = decision.Verdict.ToString();
        _state.Reasons = [.. decision.Reasons.Select(r => new SheetReasonData(r.Code, r.Text))];
        _state.SameFaultRepairs = decision.SameFaultRepairs;
        _state.Offers = [.. decision.Remedies.Where(r => r.GrantedBy == Authority.Bot).Select(ToOffer)];
        _state.NeedApproval = [.. decision.Remedies.Where(r => r.GrantedBy != Authority.Bot).Select(ToOffer)];
        _state.OfferIndex = 0;
        _state.FailedAnswers = 0;
        // Decided again to the same first offer (a correction that changed nothing that matters, round 68): the offer on the
        // table is the one made before, so its time stays the decision's time and the ledger keeps one line for it.
        var open = _state.OfferLog.LastOrDefault(e => e.Answer is null);
        _state.OfferedAt = open is not null && _state.Offers.Count > 0 && open.Remedy == _state.Offers[0] ? open.OfferedAt : _turn.Now;

        SayText(Text("Decision." + decision.Verdict) + "\n\n" + string.Join("\n", decision.Reasons.Take(4).Select(r => Text("Decision.Reason", r.Text))));
        if (decision.Verdict == Verdict.NeedsReview)
        {
            await EscalateAsync(EscalationReason.NeedsReview, "Escalated.Review", ct);
            return;
        }
        if (IsUnreasonable()) Say("Unreasonable").Buttons("Button.Person");
        if (!_flow.CanProposeRemedy)
        {
            await EscalateAsync(EscalationReason.BeyondBotAuthority, "Escalated.Beyond", ct);
            return;
        }
        _flow.ProposeRemedy();
        NoteCompensationAsked();
        NoteExtensionAsked();
        Offer();
    }

    /// <summary>Every symptom the customer named is weighed: one that needs a person's review decides (a crack nobody can say
    /// was not a knock, round 30, even beside a leak we repaired before); otherwise the one with the most earlier repairs of
    /// the same fault (a repeat failure is the customer's entitlement, whichever symptom they named first); with none named, the
    /// faults we repaired on the unit when the customer says our repairs did not last. Software has no power supply,
    /// water or glass: "won't open" (打不开) is no electrical fault whose voltage must be known (round 25).</summary>
    private CoverageDecision Decide(PurchaseFile file)
    {
        if (_state.PartCode is { } part) _state.PartCode = CartridgeOf(file.Product, part);
        var named = FaultsFor(file.Product.LineCode).ToList();
        // "your people fixed this already. Two times. It is back" with the fault told only by its effect (round 83): the faults
        // our engineers repaired on this unit are the ones that came back.
        // "你们修过两次了!!同样的毛病" beside a fault named in other words: the repaired faults are weighed beside it.
        if ((named.Count == 0 && _state.BackAfterOurRepairs) || _state.SameFaultAsOurRepairs)
            named = named.Concat(file.History.Where(h => h.IsOf(file.Purchase.Serial))
                .Select(h => h.FaultCode)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var faults = named.Count > 0 ? named.Cast<string?>().ToList() : [null];
        return faults
            .Select(f => (Fault: f, Ours: OurRepairsOfItOnRecord(file, f)))
            .Select(x => CoverageDecider.Decide(file.ToRequest(
                Facts(x.Fault, x.Ours, file.Policy.RepairsBeforeReplacement > 0 && x.Ours >= file.Policy.RepairsBeforeReplacement),
                _turn.Now, CustomerTimeZone(), Culture)))
            .Select((d, i) => (Decision: d, Index: i))
            .OrderByDescending(x => x.Decision.Verdict == Verdict.NeedsReview).ThenByDescending(x => x.Decision.SameFaultRepairs).ThenBy(x => x.Index)
            .First().Decision;
    }

    /// <summary>How often our engineers repaired this fault on this unit before: repairs that did not hold.</summary>
    private static int OurRepairsOfItOnRecord(PurchaseFile file, string? fault) => fault is null ? 0
        : file.History.Count(h => h.IsOf(file.Purchase.Serial) && string.Equals(h.FaultCode, fault, StringComparison.OrdinalIgnoreCase));

    /// <summary>The fault codes a program can have (knowledge/demo/README.md, "Symptom and fault codes").</summary>
    private static readonly HashSet<string> SoftwareFaults = new(StringComparer.OrdinalIgnoreCase)
        { "ERROR_CODE", "INSTALL_FAILURE", "LICENCE_ERROR", "DATA_BACKUP", "REPORT_WRONG", "SLOW", "CONNECTION" };

    private bool IsSoftwareLine(string? line) => line is not null && Options.SoftwareLines.Contains(line, StringComparer.OrdinalIgnoreCase);

    /// <summary>The symptoms named that the product of <paramref name="line"/> can have: all of them, or a program's only.</summary>
    private IEnumerable<string> FaultsFor(string? line) =>
        IsSoftwareLine(line) ? _state.Symptoms.Where(SoftwareFaults.Contains) : _state.Symptoms;

    /// <summary>"A black cartridge" on an inkjet is its ink cartridge, 墨盒 on a laser printer its toner cartridge: the
    /// word names whichever cartridge this model takes.</summary>
    private static string CartridgeOf(AfterSalesBot.Knowledge.Catalog.Product product, string part)
    {
        bool Takes(string code) => product.Consumables.Any(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
        if (Takes(part)) return part;
        return OtherCartridgeWord(part) is { } other && Takes(other) ? other : part;
    }

    /// <summary>The model's other word for a cartridge: customers say "ink" of a laser printer's toner and 墨粉 of an inkjet's.</summary>
    private static string? OtherCartridgeWord(string part) => part switch { "TONER" => "INK", "INK" => "TONER", _ => null };

    private void Offer()
    {
        var offer = _state.Offers[_state.OfferIndex];
        NoteOffer(offer);
        if (_state.PersonAfterTheFacts && !_state.PersonRecalled)
        {
            // The person promised while the facts were taken is recalled once, before the offer (whose buttons stay last).
            _state.PersonRecalled = true;
            Say("Offer.PersonStillThere");
        }
        // Money offered first beside a fault (ADR 0071): the fix comes with it, and the customer reads so before choosing.
        if (offer.Kind == nameof(RemedyKind.Goodwill) && FixBesideTheMoney() is { } fix)
            Say("Offer.FixToo", Inline(fix.Description), FormatHours(fix.ServiceHours));
        // Which way the money goes decides the sentence (RemedyTerms.MoneyOf): a refund or a credit is never "cost to you".
        var hours = FormatHours(offer.ServiceHours);
        (RemedyTerms.MoneyOf(ToSheetRemedy(offer)) switch
        {
            (RemedyMoney.RefundToCustomer, var amount) => Say("Offer.Refund", Inline(offer.Description), FormatMoney(amount, offer.Currency), hours),
            (RemedyMoney.CreditGranted, var amount) => Say("Offer.Credit", Inline(offer.Description), FormatMoney(amount, offer.Currency), hours),
            (_, var amount) => Say("Offer", Inline(offer.Description), FormatMoney(amount, offer.Currency), hours),
            null => Say("Offer.NoCost", Inline(offer.Description), hours),
        }).Buttons("Button.Accept", "Button.Reject", "Button.Person");
    }

    /// <summary>The free fix the bot may arrange for the fault, when the bot's goodwill is the offer on the table: taking the
    /// money keeps it (ADR 0071).</summary>
    private OfferedRemedy? FixBesideTheMoney() =>
        _state.OfferIndex < _state.Offers.Count && _state.Offers[_state.OfferIndex] is { Kind: nameof(RemedyKind.Goodwill), GrantedBy: nameof(Authority.Bot) }
        && AFaultToFix()
            ? _state.Offers.FirstOrDefault(o => o.Cost == 0m && o.GrantedBy == nameof(Authority.Bot)
                && o.Kind is nameof(RemedyKind.FreeRepair) or nameof(RemedyKind.RemoteSupport) or nameof(RemedyKind.OnSiteVisit) or nameof(RemedyKind.PartReplacement))
            : null;

    /// <summary>The offer asked about again after something was said about it: its description and the question only.</summary>
    private void OfferStillStands() =>
        Say("Offer.StillStands", Inline(_state.Offers[_state.OfferIndex].Description)).Buttons("Button.Accept", "Button.Reject", "Button.Person");

    /// <summary>A remedy's description is a sentence of its own ("Free repair: … are free."); inside another sentence its full
    /// stop goes, so the customer never reads "free., within 48 hours" or "全免。，48 小时内".</summary>
    private static string Inline(string description) => description.TrimEnd().TrimEnd('.', '。');

    private const int MaxRedecisionsInARow = 3;

    /// <summary>Step 5: accept, refuse (next option, then a person), or ask for something else.</summary>
    private async Task AgreeAsync(CancellationToken ct)
    {
        if (_state.DeclinedAll)
        {
            await AfterDeclineAsync(ct);
            return;
        }
        if (await MoneyBesideTheOfferAsync(ct)) return;
        if (await ExtensionBesideTheOfferAsync(ct)) return;
        if (await BargainAtTheOfferAsync(ct)) return;
        // "ok fine, but yeah, he did open it" (round 68): a circumstance owned up to beside a yes decides again, never accepts.
        if (_tookDecidingFacts && !_wishChanged && (_said.Intent is not (Intent.Yes or Intent.No) || _said.Causes.Any(c => c.Value && Cause(c.Key) == true)))
        {
            // A corrected fact (serial, date, circumstance, symptom): everything that depends on it is decided again. Facts that
            // change at every answer to the offer mean we are misreading something (round 52's cartridge loop): after the
            // third time in a row a colleague takes over instead of a fourth decision.
            if (++_state.RedecidedInARow > MaxRedecisionsInARow)
            {
                await EscalateAsync(EscalationReason.RepeatedInvalidAnswers, "Escalated.Unclear", ct);
                return;
            }
            Say("Noted.Redecide");
            await ProposeAsync(ct);
            return;
        }
        _state.RedecidedInARow = 0;
        if (!_tookFacts && OfferAnswers.IsAFalseAlarm(_text))
        {
            // "was the phone number right? … yes it is, never mind": nothing changed, the offer still stands (round 48).
            OfferStillStands();
            return;
        }
        if (_wishChanged && _state.Wants is { } wish) Say("Noted.Wants", Text("Wants." + wish).ToLowerInvariant());
        // "oh thank you, that's so kind of you" (r147-en-018, a refusal came next): thanks with no yes in it are asked about once;
        // a second thank-you is the yes. Thanks for an apology or for money offered are the yes (round 7).
        if (!_state.ThanksAtTheOfferAsked && !_tookFacts
            && _state.Offers[_state.OfferIndex].Kind is not (nameof(RemedyKind.ApologyAndThanks) or nameof(RemedyKind.Goodwill)) && _said.Wants is null && !IsRefusal() && OfferAnswers.AcceptsOnlyByThanks(_text)
            && _text != Text("Button.Accept") && !NamesTheOfferBack())
        {
            _state.ThanksAtTheOfferAsked = true;
            Say("Offer.ThanksButAYes").Buttons("Button.Accept", "Button.Reject", "Button.Person");
            return;
        }
        if ((_said.Intent == Intent.Yes || _text == Text("Button.Accept") || IsAcceptance() || NamesTheOfferBack() || AcceptsTheOfferFirst()) && !IsRefusal()
            && (_text == Text("Button.Accept") || !OfferAnswers.NoYesYet(_text))
            && (_said.Wants is null || FitsTheOffer(_said.Wants.Value, _state.Offers[_state.OfferIndex].Kind)))
        {
            // "a new one, ok. who fits it, and is there any charge?": agreed, and its questions answered after (the agreement's
            // reply already says when).
            var agreed = _state.Offers[_state.OfferIndex];
            var asked = OfferQuestions.Read(_text) & ~OfferTopic.When;
            await RecordAgreementAsync(ct);
            if (asked != OfferTopic.None) AnswerAboutTheOffer(asked, agreed);
            return;
        }
        // "那就不修了，直接退货" (round 48): a refusal that names a new wish is the change of mind, decided again for that wish —
        // not a refusal of this offer followed by whatever comes next on the list.
        if (_said.Wants is { } wanted && !FitsTheOffer(wanted, _state.Offers[_state.OfferIndex].Kind) && (!IsRefusal() || _wishChanged))
        {
            await AskedForSomethingElseAsync(wanted, ct);
            return;
        }
        if (IsRefusal() && HesitatesOverTheOnlyOffer())
        {
            // "hmm, I'd rather not have people pulling it off the wall…", 不太想花这个钱…… (round 19): a hedged no to the only remedy
            // the policy gives is told so once, with a colleague as the other way; a second no goes to the colleague.
            _state.OnlyOfferExplained = true;
            Say("Offer.OnlyOne", Inline(_state.Offers[_state.OfferIndex].Description)).Buttons("Button.Accept", "Button.Person");
            return;
        }
        if (IsRefusal())
        {
            Answer(NoteOffer(_state.Offers[_state.OfferIndex]), RemedyAnswers.Refused);
            _state.Refused.Add(_state.Offers[_state.OfferIndex]);
            _state.Rejections++;
            if (_state.CompensationDeclined)
            {
                // "光修不行" after the polite no to a sum far beyond the cap: the money is what they want, so a person decides.
                await EscalateAsync(RefusalReason(), "Escalated.Rejected", ct);
                return;
            }
            if (_flow.CanOfferAnother)
            {
                // Fire while the guard still sees the refused offer: it is evaluated again inside Fire.
                _flow.RejectRemedy();
                _state.OfferIndex++;
                _state.FailedAnswers = 0;
                Say("Offer.Next");
                Offer();
                return;
            }
            if (DeclinesAltogether())
            {
                OfferPersonAfterDecline();
                return;
            }
            await EscalateAsync(RefusalReason(), "Escalated.Rejected", ct);
            return;
        }
        // Anything else: the question still stands, in other words each time (never the same sentence twice in a row), and the
        // third answer we cannot read goes to a colleague with the offer open on the case: a guess would be worse, a loop too.
        switch (++_state.FailedAnswers)
        {
            case 1:
                Say("Offer.Unclear").Buttons("Button.Accept", "Button.Reject", "Button.Person");
                break;
            case 2:
                Say("Offer.UnclearAgain").Buttons("Button.Accept", "Button.Reject", "Button.Person");
                break;
            default:
                await EscalateAsync(EscalationReason.RepeatedInvalidAnswers, "Escalated.Unclear", ct);
                break;
        }
    }

    /// <summary>Only a first hesitation: not after the price was already pushed back on (round 19: "can't you do it for free?",
    /// then "hmm no, I'd rather not pay that" refuses twice), and not with a plain no in it.</summary>
    private bool HesitatesOverTheOnlyOffer() =>
        !_state.OnlyOfferExplained && _state.Offers.Count == 1 && !_state.CompensationDeclined && !_state.AskedForDiscount && !DeclinesAltogether()
        && OfferAnswers.RefusesSoftly(_text);

    /// <summary>"换新的吧", "a new one then" to a replacement offered: the remedy on the table named back is a yes (not a question).
    /// A wish that changed to exactly the remedy on the table ("是新机器的话就换吧" to a replacement offered after a repair was
    /// asked for, round 69) names it back too.</summary>
    private bool NamesTheOfferBack() =>
        _said.Wants is { } wish && FitsTheOffer(wish, _state.Offers[_state.OfferIndex].Kind)
        && (!_wishChanged || wish.ToString() == _state.Offers[_state.OfferIndex].Kind)
        && (_said.Intent is not (Intent.Question or Intent.WarrantyQuestion or Intent.No) && !_text.Contains('?') && !_text.Contains('？')
            || OfferAnswers.ShortAnswerThenQuestions(_text) && _said.Intent != Intent.No);

    /// <summary>"行，修吧" fits a paid repair as well as a free one; "换一个吧" fits a new toner cartridge.</summary>
    /// <summary>The wish in this message fits the offer; "a replacement machine", 换一台新的 is the whole unit, never the part
    /// (round 36: "yes ok, a replacement machine. finally" at a toner's offer was recorded as the toner agreed).</summary>
    private bool FitsTheOffer(DesiredOutcome wish, string offerKind) =>
        WishFits(wish, offerKind) && !(wish == DesiredOutcome.Replacement && offerKind == nameof(RemedyKind.PartReplacement) && WholeUnit.IsMatch(_text));

    private static readonly System.Text.RegularExpressions.Regex WholeUnit = new(
        @"(?<![a-z])(?:new|replacement|another|different)\s+(?:one|machine|unit|copier|printer|heater|hob|stove|hood|appliance)(?![a-z])|(?<![a-z])(?:machine|unit|copier|printer)\s+replaced(?![a-z])|换(?:一|个)?台|换(?:个|一个)?新(?:的|机器|机)|新机器|整机",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static bool WishFits(DesiredOutcome wish, string offerKind) => wish switch
    {
        DesiredOutcome.Repair => offerKind is nameof(RemedyKind.FreeRepair) or nameof(RemedyKind.PaidRepair) or nameof(RemedyKind.PartReplacement)
            or nameof(RemedyKind.OnSiteVisit) or nameof(RemedyKind.RemoteSupport),
        DesiredOutcome.Replacement => offerKind is nameof(RemedyKind.Replacement) or nameof(RemedyKind.PartReplacement),
        DesiredOutcome.Compensation => offerKind is nameof(RemedyKind.Goodwill) or nameof(RemedyKind.Discount),
        _ => offerKind == RemedyKindFor(wish),
    };

    /// <summary>Two refused offers is the desk's urgent reason; the only offer refused once is a wish the bot cannot grant.</summary>
    private EscalationReason RefusalReason() =>
        _state.Rejections >= 2 ? EscalationReason.RemedyRejectedTwice : EscalationReason.BeyondBotAuthority;

    private bool IsRefusal() => !AcceptsTheOfferFirst() && !OfferAnswers.AgreesAfterAQuestion(_text) && !OfferAnswers.AgreesInTheLastSentence(_text)
        && (_said.Intent == Intent.No || _text == Text("Button.Reject") || OfferAnswers.Refuses(_text))
        || OnlyIfFreeButItCosts() || RefusesRemoteForAVisit();

    /// <summary>"remote again? no … send someone", 不要远程了 派个人过来 (round 94): remote support refused for a visit, whose "send
    /// someone" would otherwise read as a yes.</summary>
    private bool RefusesRemoteForAVisit() =>
        _state.OfferIndex < _state.Offers.Count && _state.Offers[_state.OfferIndex].Kind == nameof(RemedyKind.RemoteSupport)
        && OfferAnswers.WantsAVisitInstead(_text);

    /// <summary>"OK, that's fair. Go ahead.", "要收费啊，行吧，来修吧": agreement that does not open with a yes; "yes, as long as
    /// there's no call-out fee" only when the offer costs nothing (round 43).</summary>
    private bool IsAcceptance() => OfferAnswers.Accepts(_text) && !OnlyIfFreeButItCosts();

    /// <summary>"fine, as long as it's free" to an offer with a price: the condition is not met, so it is no agreement.</summary>
    private bool OnlyIfFreeButItCosts() =>
        _state.OfferIndex < _state.Offers.Count && _state.Offers[_state.OfferIndex].Cost > 0 && OfferAnswers.OnlyIfFree(_text);

    private async Task AskedForSomethingElseAsync(DesiredOutcome wanted, CancellationToken ct)
    {
        var kind = RemedyKindFor(wanted);
        var index = _state.Offers.FindIndex(o => o.Kind == kind);
        // "100也行吧，但是必须赶紧派人来修" to a sum offered: the money taken and a repair on top, no change of mind.
        var moneyOnTheTable = _state.Offers[_state.OfferIndex].Kind is nameof(RemedyKind.Goodwill) or nameof(RemedyKind.Discount);
        if (moneyOnTheTable && wanted == DesiredOutcome.Repair && FixBesideTheMoney() is not null && OfferAnswers.Accepts(_text))
        {
            // The money taken and the fix asked for on top: the fix offered beside it comes with it (ADR 0071).
            await RecordAgreementAsync(ct);
            return;
        }
        if (index >= 0 && _wishChanged && !moneyOnTheTable)
        {
            // A change of mind ("on second thought, just repair it", 算了还是退了吧): the wish is a fact the decision rests on
            // (a refund only inside its window, an exchange inside its own), so it is decided again for the new wish.
            await ProposeAsync(ct);
            return;
        }
        if (index >= 0)
        {
            // Within what the bot may grant: agree quickly and cheerfully (DOMAIN.md §2 step 5).
            _state.OfferIndex = index;
            Offer();
            return;
        }
        if (IsUnreasonable())
        {
            Say("Unreasonable").Buttons("Button.Person");
            return;
        }
        await EscalateAsync(EscalationReason.BeyondBotAuthority, "Escalated.Beyond", ct);
    }

    private bool IsUnreasonable() =>
        _state.Wants == nameof(DesiredOutcome.Compensation) && _state.AmountAsked is { } asked
        && _state.GoodwillCap is { } cap && asked > cap * Options.UnreasonableMultiple;

    private static string RemedyKindFor(DesiredOutcome wanted) => wanted switch
    {
        DesiredOutcome.Refund => nameof(RemedyKind.Refund),
        DesiredOutcome.Replacement => nameof(RemedyKind.Replacement),
        DesiredOutcome.Compensation => nameof(RemedyKind.Goodwill),
        DesiredOutcome.ApologyOnly => nameof(RemedyKind.ApologyAndThanks),
        _ => nameof(RemedyKind.FreeRepair),
    };

    private async Task RecordAgreementAsync(CancellationToken ct)
    {
        var offer = _state.Offers[_state.OfferIndex];
        if (offer.Kind == nameof(RemedyKind.Goodwill) && FixBesideTheMoney() is { } fix)
        {
            // The goodwill that came first for our own failure is taken with the fix beside it, never instead of it (ADR 0071).
            _state.GoodwillAdded = -offer.Cost;
            offer = fix;
        }
        var hours = offer.ServiceHours ?? _state.SolutionHours ?? Options.SolutionHours;
        var accepted = NoteOffer(offer);
        Answer(accepted, RemedyAnswers.Accepted);
        RecordedAgreement recorded;
        try
        {
            recorded = await _services.Desk.RecordAgreementAsync(new AgreementRequest(
                Activity.Conversation!.Id!, Activity.ChannelId ?? "", Locale, accepted.OfferedBy, WithGoodwill(ToSheetRemedy(offer)),
                _state.PolicyCode ?? "", _state.PolicyVersion, accepted.OfferedAt, _turn.Now, await SheetAsync(null, ct), hours, _state.HandedBackCase,
                UnreportedOffers(), EffectKey("agreement")), ct);
        }
        catch (CaseTransitionException) when (_state.HandedBackCase is { } handedBack)
        {
            // The owner took the case back between this turn's look at the desk and the customer's "yes": the person
            // decides now. The "yes" goes to the case's handling agreement as the customer's answer, and is in the
            // transcript they read.
            await PersonHasItAgainAsync(handedBack, null, ct);
            return;
        }
        OffersHandedToDesk();
        _state.CaseNumber = recorded.Number;
        _state.HandedBackCase = null;
        if (_state.Step == ComplaintStep.Escalated) _flow.SettleAfterHandBack(); // the agent agreed it with the customer
        else _flow.AcceptRemedy();
        var next = offer.Kind is nameof(RemedyKind.FreeRepair) or nameof(RemedyKind.PaidRepair) or nameof(RemedyKind.OnSiteVisit) or nameof(RemedyKind.PartReplacement)
            ? Text("Next.Visit", hours) : Text("Next.Generic", hours);
        Say("Agreed", recorded.Number, next);
        // The call-back promised while the complaint was told ("a colleague can phone"): it is on the sheet, say so.
        if (_state.CallBackAsked && _state.Phone is { Length: >= 4 } phone) Say("Agreed.CallBack", phone[^4..]);
    }

    /// <summary>The remedy agreed, with the goodwill the bot granted beside it named on the sheet (never added to a remedy that
    /// is money itself).</summary>
    private SheetRemedy WithGoodwill(SheetRemedy remedy) => _state.GoodwillAdded is { } goodwill
        && remedy.Kind is not (nameof(RemedyKind.Goodwill) or nameof(RemedyKind.Discount))
        ? remedy with { Description = remedy.Description + " " + Text("Sheet.GoodwillAdded", FormatMoney(goodwill, remedy.Currency)) }
        : remedy;

    private static OfferedRemedy ToOffer(RemedyOption r) =>
        new(r.Kind.ToString(), r.CostToCustomer, r.Currency, r.ServiceHours, r.GrantedBy.ToString(), r.Description);

    private static SheetRemedy ToSheetRemedy(OfferedRemedy o) => new(o.Kind, o.Cost, o.Currency, o.GrantedBy, o.Description);
}
